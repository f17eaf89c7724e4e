/*
 * Warns a signed-in user before the session times out, with a button that keeps it alive.
 *
 * #session-warning (the layout, signed-in pages only) carries the session timeout in seconds and
 * the address of GET /api/session, which touches the session. The warning shows two minutes (at
 * most a quarter of the timeout) before the end; every page load and every ajax answer starts the
 * count again. It is a non-modal alert dialog: it takes the focus, Escape closes it, and the focus
 * goes back where it was.
 */
(function () {
  "use strict";

  function start() {
    var box = document.getElementById("session-warning");
    var stay = document.getElementById("session-stay");
    var timeout = box ? parseInt(box.getAttribute("data-timeout"), 10) : 0;
    if (!box || !stay || !(timeout > 0)) {
      return;
    }
    var lead = Math.min(120, Math.floor(timeout / 4));
    var timer = null;
    var before = null;

    function arm() {
      window.clearTimeout(timer);
      timer = window.setTimeout(show, (timeout - lead) * 1000);
    }

    function show() {
      before = document.activeElement;
      box.hidden = false;
      stay.focus();
    }

    function hide() {
      box.hidden = true;
      if (before && before.focus) {
        before.focus();
      }
    }

    stay.addEventListener("click", function () {
      window
        .fetch(box.getAttribute("data-ping"), {
          credentials: "same-origin",
          headers: { Accept: "application/json" }
        })
        .then(function (response) {
          return response.ok ? response.json() : { signedIn: false };
        })
        .then(function (state) {
          if (state.signedIn) {
            hide();
            arm();
          } else {
            window.location.reload();
          }
        })
        .catch(function () {
          window.location.reload();
        });
    });
    box.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        hide();
      }
    });
    if (window.jQuery) {
      window.jQuery(document).on("pfAjaxComplete", arm);
    }
    arm();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
