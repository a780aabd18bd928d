import { mount } from 'svelte';
import App from './App.svelte';
import { AppState } from './app-state.svelte.ts';
import { openHistoryDb } from './db/schema.ts';
import { detectHost } from './host/host.ts';
import './app.css';

const state = new AppState(detectHost(), openHistoryDb());
mount(App, { target: document.getElementById('app')!, props: { app: state } });
void state.load();
