// Casework pages: GOV.UK Frontend marks a radio that reveals more questions with
// aria-expanded, which ARIA does not allow on radios (axe: aria-allowed-attr). The reveal
// itself and its aria-controls stay; only that attribute is taken off again.
const isRadio = (element) => element.classList.contains('govuk-radios__input')
const strip = (element) => { if (isRadio(element)) element.removeAttribute('aria-expanded') }

document.querySelectorAll('.govuk-radios__input[aria-expanded]').forEach(strip)
new MutationObserver((changes) => changes.forEach((change) => strip(change.target)))
  .observe(document.body, { attributes: true, attributeFilter: ['aria-expanded'], subtree: true })
