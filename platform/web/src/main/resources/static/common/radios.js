// GOV.UK Frontend marks radios that reveal a question with aria-expanded, which ARIA 1.2
// does not allow on radios (axe: aria-allowed-attr). The revealed question follows its
// radio and aria-controls stays, so nothing is lost by taking the attribute off again.
// Loaded as its own module by each layout (an import would name it without its version).
const unsupported = (element) => {
  if (element.matches('input[type="radio"]')) element.removeAttribute('aria-expanded')
}

document.querySelectorAll('input[type="radio"][aria-expanded]').forEach(unsupported)
new MutationObserver((changes) => changes.forEach((change) => unsupported(change.target)))
  .observe(document.body, { subtree: true, attributeFilter: ['aria-expanded'] })
