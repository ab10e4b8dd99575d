// The GOV.UK timeout warning: a modal dialog shortly before the session ends, counting
// down; "Continue" keeps the session going, and when the time is up the session is ended
// and the session-ended page explains. Pages work without it (the server explains too).
const dialog = document.getElementById('timeout-warning')

if (dialog && typeof dialog.showModal === 'function') {
  const timeout = Number(dialog.dataset.timeoutSeconds) * 1000
  const warning = Number(dialog.dataset.warningSeconds) * 1000
  const countdown = dialog.querySelector('.candour-timeout__countdown')
  const live = dialog.querySelector('.candour-timeout__live')
  const sentence = dialog.querySelector('#timeout-warning-text')
  const endForm = dialog.querySelector('form[data-timeout-end]')
  let deadline = Date.now() + timeout
  let announced = null
  let ending = false

  const words = (left) => {
    const seconds = Math.max(0, Math.ceil(left / 1000))
    if (seconds >= 60) {
      const minutes = Math.ceil(seconds / 60)
      return (minutes === 1 ? dialog.dataset.minute : dialog.dataset.minutes).replace('{0}', minutes)
    }
    return (seconds === 1 ? dialog.dataset.second : dialog.dataset.seconds).replace('{0}', seconds)
  }

  // Screen readers hear the sentence when the dialog opens, at each new minute and once
  // in the last 20 seconds, not every second.
  const announce = (left) => {
    const mark = left > 60000 ? Math.ceil(left / 60000) : left > 20000 ? 'last-minute' : 'last-seconds'
    if (mark !== announced) {
      announced = mark
      live.textContent = sentence.textContent.replace(/\s+/g, ' ').trim()
    }
  }

  const end = () => {
    if (ending) return
    ending = true
    endForm.querySelector('input[name="from"]').value = window.location.pathname + window.location.search
    endForm.submit()
  }

  const tick = () => {
    const left = deadline - Date.now()
    if (left <= 0) {
      end()
      return
    }
    if (left <= warning) {
      countdown.textContent = words(left)
      if (!dialog.open) {
        dialog.showModal()
        dialog.querySelector('#timeout-warning-heading').focus()
      }
      announce(left)
    }
  }

  const stay = async () => {
    try {
      const answer = await window.fetch(dialog.dataset.keepAliveUrl, { credentials: 'same-origin', cache: 'no-store' })
      if (answer.status !== 204) {
        end()
        return
      }
    } catch (unreachable) {
      return // the server could not be reached: the warning stays, and Continue may be tried again
    }
    deadline = Date.now() + timeout
    announced = null
    dialog.close()
  }

  dialog.querySelector('[data-timeout-continue]').addEventListener('click', stay)
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault()
    stay()
  })
  window.setInterval(tick, 1000)
}
