/*
 * The sign-in page: the #anchor of the page first asked for never reaches the server, but the
 * browser keeps it on /login#anchor after the redirect. Put it in the form, so that the server
 * appends it to the address it sends the browser back to.
 */
(function () {
  "use strict";
  var field = document.getElementById("login:fragment");
  var hash = window.location.hash.replace(/^#/, "");
  if (field && hash && /^[A-Za-z0-9._~-]{1,200}$/.test(hash)) {
    field.value = hash;
  }
})();
