// Progressive enhancement for the resident pages: the pages work without it.
import { initAll } from '/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js'

document.body.classList.add('govuk-frontend-supported')
initAll()
