// For trainers and consultants; progressive enhancement only: without this file the commands are
// still shown (and selectable) and the preview follows each submit of the form.
(function () {
  'use strict';

  var PREVIEW_DELAY_MS = 300;

  function texts() {
    var holder = document.getElementById('copy-texts');
    return {
      copy: holder ? holder.getAttribute('data-copy') : '',
      copied: holder ? holder.getAttribute('data-copied') : '',
      failed: holder ? holder.getAttribute('data-failed') : ''
    };
  }

  function announce(message) {
    var status = document.getElementById('copy-status');
    if (!status) {
      return;
    }
    // Emptied first so that the same words are announced again on a second copy.
    status.textContent = '';
    window.setTimeout(function () {
      status.textContent = message;
    }, 50);
  }

  // The old way, for browsers (or non-secure pages) without the asynchronous clipboard.
  function copyWithSelection(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'copy-buffer';
    document.body.appendChild(area);
    area.select();
    var done = false;
    try {
      done = document.execCommand('copy');
    } catch (e) {
      done = false;
    }
    document.body.removeChild(area);
    return done;
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(function () {
        return true;
      }, function () {
        return copyWithSelection(text);
      });
    }
    return Promise.resolve(copyWithSelection(text));
  }

  // A "Copy" button before every command block (<pre class="command">) that has none yet.
  function addCopyButtons(root) {
    var words = texts();
    root.querySelectorAll('pre.command').forEach(function (pre) {
      if (pre.previousElementSibling && pre.previousElementSibling.classList.contains('copy-button')) {
        return;
      }
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'btn btn-sm btn-outline-secondary copy-button';
      button.textContent = words.copy;
      button.addEventListener('click', function () {
        copy(pre.textContent).then(function (done) {
          announce(done ? words.copied : words.failed);
          button.setAttribute('data-copied', done ? 'true' : 'false');
        });
      });
      pre.parentNode.insertBefore(button, pre);
    });
  }

  // Once the preview shows commands, the answers as typed are valid: the errors of the last submit
  // no longer hold, so they go (field marks, messages, the summary) rather than stay red beside
  // valid commands. Without JavaScript the page and its preview change together on submit anyway.
  function clearResolvedErrors() {
    document.querySelectorAll('#main-content .form-group-error').forEach(function (group) {
      group.classList.remove('form-group-error');
    });
    document.querySelectorAll('#main-content .error-message').forEach(function (message) {
      message.hidden = true;
    });
    document.querySelectorAll('#main-content [aria-invalid="true"]').forEach(function (field) {
      field.removeAttribute('aria-invalid');
      field.classList.remove('is-invalid');
    });
    document.querySelectorAll('[data-error-summary]').forEach(function (summary) {
      summary.hidden = true;
    });
  }

  // Live preview: the server renders the commands for the form as typed (the same code as after a
  // submit); this only asks for them and swaps them in. Nothing is saved by the preview endpoint.
  function setUpPreview() {
    var section = document.querySelector('[data-preview-url]');
    var form = document.querySelector('#main-content form[method="post"]');
    if (!section || !form || !window.fetch) {
      return;
    }
    var url = section.getAttribute('data-preview-url');
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    var timer = null;
    var sequence = 0;
    // The last fragment shown: an identical answer leaves the page alone (no churn under the
    // cursor of someone about to copy, nothing new for a screen reader).
    var shown = null;

    function refresh() {
      var mine = ++sequence;
      var headers = {'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8'};
      if (token && header) {
        headers[header.getAttribute('content')] = token.getAttribute('content');
      }
      fetch(url, {
        method: 'POST',
        headers: headers,
        body: new URLSearchParams(new FormData(form)).toString(),
        credentials: 'same-origin',
        redirect: 'manual'
      }).then(function (response) {
        // A lost session answers with a redirect: keep the last preview rather than show a page.
        if (!response.ok || response.type === 'opaqueredirect') {
          return null;
        }
        return response.text();
      }).then(function (html) {
        if (html === null || mine !== sequence || html === shown) {
          return;
        }
        shown = html;
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('preview-body');
        var current = document.getElementById('preview-body');
        if (fresh && current) {
          current.replaceWith(document.importNode(fresh, true));
          addCopyButtons(section);
          if (fresh.getAttribute('data-answers-valid') === 'true') {
            clearResolvedErrors();
          }
          section.setAttribute('data-preview-updates', String(mine));
        }
      }).catch(function () {
        // Offline or the app stopped: the preview simply stays as it was.
      });
    }

    function schedule() {
      window.clearTimeout(timer);
      timer = window.setTimeout(refresh, PREVIEW_DELAY_MS);
    }

    form.addEventListener('input', schedule);
    form.addEventListener('change', schedule);
  }

  document.addEventListener('DOMContentLoaded', function () {
    addCopyButtons(document);
    setUpPreview();
  });
}());
