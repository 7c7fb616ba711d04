import { render } from 'preact';
import { PopupApp } from './PopupApp';
import { requestTabFit } from './request-tab-fit';

// Asked for first: the background answers while Preact renders the popup's frame.
const tabFit = requestTabFit();
const root = document.getElementById('app');
if (root) render(<PopupApp tabFit={tabFit} />, root);
