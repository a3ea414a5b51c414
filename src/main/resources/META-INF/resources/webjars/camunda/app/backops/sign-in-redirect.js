// Backops: one sign-in for Backops and the Camunda webapps, at /login (Spring Security). Camunda's own login
// page cannot sign anyone in here, so whenever an app shows it (after signing out, or when the session ended),
// the browser goes to Backops' sign-in page instead. Imported by each app's scripts/config.js.
const toBackopsSignIn = () => {
  if (window.location.hash.startsWith('#/login')) {
    window.location.replace('/login');
  }
};
window.addEventListener('hashchange', toBackopsSignIn);
toBackopsSignIn();
