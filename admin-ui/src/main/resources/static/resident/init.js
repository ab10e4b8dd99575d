// Progressive enhancement for the resident pages: the pages work without it.
import { initAll } from '/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js'

document.body.classList.add('govuk-frontend-supported')
initAll()

// GOV.UK Frontend marks radios that reveal a question with aria-expanded, which ARIA 1.2
// does not allow on radios (axe: aria-allowed-attr). The revealed question follows its
// radio, so nothing is lost by leaving the attribute out.
const unsupported = (input) => input.removeAttribute('aria-expanded')
document.querySelectorAll('input[type="radio"][aria-expanded]').forEach(unsupported)
new MutationObserver((changes) => changes.forEach((change) => unsupported(change.target)))
  .observe(document.body, { subtree: true, attributeFilter: ['aria-expanded'] })
