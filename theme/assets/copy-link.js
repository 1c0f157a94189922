// Copy buttons (permalinks, citations): shown only when the clipboard is available; the text they
// copy stays visible on the page either way. Each button reports in the status next to it.
for (const button of document.querySelectorAll('button[data-copy]')) {
  if (!navigator.clipboard) continue;
  const status = button.parentElement.querySelector('[role="status"]');
  button.hidden = false;
  button.addEventListener('click', async () => {
    for (const other of document.querySelectorAll('.copy-status')) other.textContent = '';
    try {
      await navigator.clipboard.writeText(button.dataset.copy);
      if (status) status.textContent = button.dataset.copied;
    } catch {
      if (status) status.textContent = '';
    }
  });
}
