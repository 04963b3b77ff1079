// The error summary at the top of a form takes focus, so screen readers announce it (WCAG 3.3.1).
document.getElementById('error-summary')?.focus();
