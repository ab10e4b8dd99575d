// Casework pages: radios that reveal questions stay valid ARIA (see common/radios.js).
import { keepRadiosWithoutAriaExpanded } from '/common/radios.js'

keepRadiosWithoutAriaExpanded()
