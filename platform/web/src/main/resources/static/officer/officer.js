// Progressive enhancement for the officer workspace: every page works without it.
import { initAll } from '/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js'

document.body.classList.add('govuk-frontend-supported')
initAll()
