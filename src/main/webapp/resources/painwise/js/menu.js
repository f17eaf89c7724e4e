/*
 * The compact menu of small screens (the layout's #menu-toggle and #site-nav, signed-in pages).
 *
 * At 48rem and less painwise.css hides the navigation behind the menu button until the header has
 * the class pw-menu-open. The button says whether the menu is open (aria-expanded). Opening it
 * moves the focus to the first link; Escape (wherever the focus is), a click outside, or the
 * focus leaving the header closes it, and Escape puts the focus back on the button. On wide
 * screens the button is hidden and the navigation always shows, open or not. The link of the
 * page being shown gets aria-current="page" on every width.
 */
(function () {
  "use strict";

  function start() {
    markCurrentPage();
    var toggle = document.getElementById("menu-toggle");
    var nav = document.getElementById("site-nav");
    var header = toggle && toggle.closest(".pw-header");
    if (!toggle || !nav || !header) {
      return;
    }

    function isOpen() {
      return toggle.getAttribute("aria-expanded") === "true";
    }

    function setOpen(open, focusBack) {
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
      header.classList.toggle("pw-menu-open", open);
      if (open) {
        var first = nav.querySelector("a, button");
        if (first) {
          first.focus();
        }
      } else if (focusBack) {
        toggle.focus();
      }
    }

    toggle.addEventListener("click", function () {
      setOpen(!isOpen(), false);
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && isOpen()) {
        event.preventDefault();
        setOpen(false, true);
      }
    });
    header.addEventListener("focusout", function (event) {
      if (isOpen() && event.relatedTarget && !header.contains(event.relatedTarget)) {
        setOpen(false, false);
      }
    });
    document.addEventListener("click", function (event) {
      if (isOpen() && !header.contains(event.target)) {
        setOpen(false, false);
      }
    });
  }

  /**
   * aria-current="page" on the navigation link of this page: the link to this very address, or
   * else the one whose data-match (paths that begin its section, e.g. a client's page for
   * Clients, a lesson page for Lessons) matches the longest part of it.
   */
  function markCurrentPage() {
    var path = window.location.pathname;
    var best = null;
    document.querySelectorAll(".pw-nav-links a").forEach(function (link) {
      var target = new URL(link.href, window.location.href).pathname;
      var candidates = [target].concat((link.getAttribute("data-match") || "").split(" "));
      candidates.forEach(function (prefix) {
        var matches = prefix === target ? path === target : prefix && path.indexOf(prefix) === 0;
        if (matches && (!best || prefix.length > best.length)) {
          best = { link: link, length: prefix.length };
        }
      });
    });
    if (best) {
      best.link.setAttribute("aria-current", "page");
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
