/* Small page helpers: confirm before destructive buttons, print buttons. */
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-confirm]");
    if (button && !window.confirm(button.getAttribute("data-confirm"))) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
    if (event.target.closest("[data-print]")) {
      window.print();
    }
  }, true);
})();
