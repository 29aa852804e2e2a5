// Runs first: counts script errors, messages on console.error (where Chart.js reports a chart it could not make)
// and blocked requests from here on, including any in Chart.js itself.
window.insightsErrors = [];
(function () {
  'use strict';
  var root = document.documentElement;
  function failed(message) {
    window.insightsErrors.push(String(message));
    root.setAttribute('data-errors', String(window.insightsErrors.length));
  }
  window.addEventListener('error', function (e) { failed(e.message); });
  var consoleError = console.error;
  console.error = function () {
    failed(Array.prototype.join.call(arguments, ' '));
    return consoleError.apply(console, arguments);
  };
  document.addEventListener('securitypolicyviolation', function (e) {
    root.setAttribute('data-csp-violations', String(Number(root.getAttribute('data-csp-violations') || '0') + 1));
    root.setAttribute('data-csp-blocked', String(e.blockedURI));
  });
})();
