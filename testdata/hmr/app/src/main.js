// The fixture's entry: it owns a counter (module state that a full reload would
// reset) and hot-accepts label.js, so editing label.js must not reload the page.
import { label } from './label.js';

let count = 0;

function render(text) {
  document.getElementById('label').textContent = text;
}

document.getElementById('inc').addEventListener('click', () => {
  count += 1;
  document.getElementById('count').textContent = String(count);
});

render(label);
// Set once per page load: a reload replaces it with a new value.
window.__marker = `${Date.now()}-${Math.random()}`;
window.__count = () => count;

if (import.meta.hot) {
  import.meta.hot.accept('./label.js', (mod) => {
    if (mod) render(mod.label);
  });
}
