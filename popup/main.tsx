import { render } from 'preact';
import { LibraryDb } from '../src/db/schema';
import { App } from './app';

const root = document.getElementById('app');
if (root) render(<App db={new LibraryDb()} />, root);
