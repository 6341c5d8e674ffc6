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
        // aria-controls only: aria-expanded is not allowed on a radio (axe aria-allowed-attr);
        // the revealed fields follow the radio, so they are read next anyway.
        radios.forEach(function (radio) {
          if (radio.value === value) {
            // aria-expanded is not allowed on a radio button (axe aria-allowed-attr); aria-controls is.
            radio.setAttribute('aria-controls', panel.id);
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

  // A summary link moves focus to its field, not only the view (GOV.UK error summary): the
  // fragment alone scrolls but leaves keyboard and screen reader users where they were.
  function linkErrorSummaryToFields() {
    document.querySelectorAll('[data-error-summary] a[href^="#"]').forEach(function (link) {
      link.addEventListener('click', function () {
        var field = document.getElementById(link.getAttribute('href').substring(1));
        if (field) {
          field.focus();
        }
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    setUpReveals();
    linkErrorSummaryToFields();
    focusErrorSummary();
  });
}());
