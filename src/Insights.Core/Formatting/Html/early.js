// Runs first: counts script errors and blocked requests from here on, including any in Chart.js itself.
window.insightsErrors = [];
window.addEventListener('error', function (e) {
  window.insightsErrors.push(String(e.message));
  document.documentElement.setAttribute('data-errors', String(window.insightsErrors.length));
});
document.addEventListener('securitypolicyviolation', function (e) {
  var root = document.documentElement;
  root.setAttribute('data-csp-violations', String(Number(root.getAttribute('data-csp-violations') || '0') + 1));
  root.setAttribute('data-csp-blocked', String(e.blockedURI));
});
