import { render } from 'preact';
import { DashboardApp } from './DashboardApp';

const root = document.getElementById('app');
if (root) render(<DashboardApp />, root);
