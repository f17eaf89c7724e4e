/* The lesson reader: text size, glossary pop-overs, and "read" when the end is reached. */
(function () {
  "use strict";
  var root = document.documentElement;
  var KEY = "painwise.fontScale";
  var steps = [0.9, 1, 1.15, 1.3, 1.5];

  function applyScale(index) {
    root.style.setProperty("--pw-font-scale", String(steps[index]));
    try { localStorage.setItem(KEY, String(index)); } catch (e) { /* private mode */ }
  }
  var current = 1;
  try {
    var saved = parseInt(localStorage.getItem(KEY), 10);
    if (saved >= 0 && saved < steps.length) { current = saved; }
  } catch (e) { /* no storage */ }
  applyScale(current);
  document.querySelectorAll("[data-font-step]").forEach(function (button) {
    button.addEventListener("click", function () {
      var step = parseInt(button.getAttribute("data-font-step"), 10);
      current = step === 0 ? 1 : Math.max(0, Math.min(steps.length - 1, current + step));
      applyScale(current);
    });
  });

  function closeAll(except) {
    document.querySelectorAll(".pw-term[aria-expanded='true']").forEach(function (b) {
      if (b !== except) { toggle(b, false); }
    });
  }
  function toggle(button, open) {
    var def = document.getElementById(button.getAttribute("aria-controls"));
    button.setAttribute("aria-expanded", open ? "true" : "false");
    if (def) { def.hidden = !open; }
  }
  document.querySelectorAll(".pw-term").forEach(function (button) {
    button.addEventListener("click", function () {
      var open = button.getAttribute("aria-expanded") !== "true";
      closeAll(button);
      toggle(button, open);
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      var open = document.querySelector(".pw-term[aria-expanded='true']");
      if (open) { toggle(open, false); open.focus(); }
    }
  });

  // Under each diagram, a hint that it scrolls sideways and opens full size (painwise.css shows
  // it on narrow screens only); the diagram's link names it as its description.
  var body = document.querySelector(".pw-lesson-body[data-diagram-hint]");
  if (body) {
    body.querySelectorAll(".pw-diagram-link").forEach(function (link, index) {
      var hint = document.createElement("p");
      hint.className = "pw-diagram-hint";
      hint.id = "diagram-hint-" + (index + 1);
      hint.textContent = body.getAttribute("data-diagram-hint");
      link.insertAdjacentElement("afterend", hint);
      link.setAttribute("aria-describedby", hint.id);
    });
  }

  // Reaching the end of the page marks it read (ReadingResource); Next does it too.
  var end = document.getElementById("page-end");
  var readUrl = end && end.getAttribute("data-read-url");
  if (readUrl && "IntersectionObserver" in window && "fetch" in window) {
    var observer = new IntersectionObserver(function (entries) {
      if (entries.some(function (e) { return e.isIntersecting; })) {
        observer.disconnect();
        fetch(readUrl, { method: "POST", credentials: "same-origin",
                         headers: { "X-Painwise-Request": "read",
                                    "Content-Type": "application/json" } })
          .then(function (response) { end.setAttribute("data-read", String(response.ok)); })
          .catch(function () { end.setAttribute("data-read", "false"); });
      }
    });
    observer.observe(end);
  }
})();
