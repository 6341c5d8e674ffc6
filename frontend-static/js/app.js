// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';

  // Conditional reveal (GOV.UK pattern): fields that belong to one radio answer are shown only
  // while that answer is chosen. Without JavaScript they stay visible with an "only if" hint.
  function setUpReveals() {
    document.querySelectorAll('[data-reveal-for]').forEach(function (panel) {
      var name = panel.getAttribute('data-reveal-for');
      var value = panel.getAttribute('data-reveal-value');
      var radios = document.querySelectorAll('input[type="radio"][name="' + name + '"]');
      var update = function () {
        var chosen = document.querySelector('input[type="radio"][name="' + name + '"]:checked');
        var show = chosen !== null && chosen.value === value;
        panel.classList.toggle('is-hidden', !show);
        radios.forEach(function (radio) {
          if (radio.value === value) {
            radio.setAttribute('aria-controls', panel.id);
            radio.setAttribute('aria-expanded', show ? 'true' : 'false');
          }
        });
      };
      radios.forEach(function (radio) {
        radio.addEventListener('change', update);
      });
      update();
    });
  }

  // Move focus to the error summary so screen reader and keyboard users hear the problems first.
  function focusErrorSummary() {
    var summary = document.querySelector('[data-error-summary]');
    if (summary) {
      summary.focus();
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    setUpReveals();
    focusErrorSummary();
  });
}());
