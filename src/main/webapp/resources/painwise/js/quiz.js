/*
 * The quiz page (quiz/take): keeps the answers that could not be saved in this browser.
 *
 * Each change is written to localStorage under painwise.quiz.<attempt id> before the ajax save
 * (p:ajax) leaves, and taken out again when the save's answer arrives. When the save finds the
 * session expired (the answer is not a Faces partial response), the answers stay, and a notice
 * (#session-lost) offers to sign in again. When the page opens again, with answers kept for its
 * attempt, it puts them back into the inputs and presses the hidden restore button, which saves
 * them (blank ones never replace a saved answer); once that has worked they are cleared. A submit
 * pressed while a save is on its way waits for its answer.
 */
(function () {
  "use strict";

  var PREFIX = "painwise.quiz.";
  var restoring = false;

  function form() {
    return document.getElementById("quiz");
  }

  function storageKey() {
    var f = form();
    var attempt = f && f.getAttribute("data-attempt");
    return attempt ? PREFIX + attempt : null;
  }

  function read() {
    var key = storageKey();
    try {
      return (key && JSON.parse(window.localStorage.getItem(key) || "{}")) || {};
    } catch (e) {
      return {};
    }
  }

  function write(pending) {
    var key = storageKey();
    if (!key) {
      return;
    }
    try {
      if (Object.keys(pending).length === 0) {
        window.localStorage.removeItem(key);
      } else {
        window.localStorage.setItem(key, JSON.stringify(pending));
      }
    } catch (e) {
      // Storage full or switched off: the ajax save still runs.
    }
  }

  /** The inputs of one question: name to the values picked or typed. */
  function snapshot(fieldset) {
    var values = {};
    fieldset.querySelectorAll("input[name], select[name], textarea[name]").forEach(function (el) {
      if (el.disabled || el.type === "hidden" || el.type === "submit" || el.type === "button") {
        return;
      }
      var list = values[el.name] || (values[el.name] = []);
      if (el.type === "radio" || el.type === "checkbox") {
        if (el.checked) {
          list.push(el.value);
        }
      } else {
        list.push(el.value);
      }
    });
    return values;
  }

  function same(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
  }

  /** Puts kept answers back into the inputs; returns true if there were any. */
  function putBack(pending) {
    var f = form();
    var any = false;
    Object.keys(pending).forEach(function (question) {
      var values = pending[question];
      Object.keys(values).forEach(function (name) {
        f.querySelectorAll("[name='" + name.replace(/'/g, "") + "']").forEach(function (el) {
          if (el.disabled) {
            return;
          }
          any = true;
          if (el.type === "radio" || el.type === "checkbox") {
            el.checked = values[name].indexOf(el.value) >= 0;
          } else {
            el.value = values[name][0] || "";
          }
        });
      });
    });
    return any;
  }

  /** The client id of the component that sent the request, from the posted parameters. */
  function sourceOf(xhr, settings) {
    var candidates = [settings, xhr && xhr.pfSettings];
    for (var i = 0; i < candidates.length; i++) {
      var c = candidates[i];
      if (!c) {
        continue;
      }
      if (typeof c.data === "string") {
        var match = /(?:^|&)jakarta\.faces\.source=([^&]*)/.exec(c.data);
        if (match) {
          return decodeURIComponent(match[1].replace(/\+/g, " "));
        }
      }
      if (typeof c.source === "string") {
        return c.source;
      }
      if (c.source && c.source.id) {
        return c.source.id;
      }
    }
    return null;
  }

  /** True when the server answered as Faces does to a signed-in ajax request. */
  function answeredByFaces(xhr) {
    var xml = xhr && xhr.responseXML;
    return (
      !!xml &&
      xml.getElementsByTagName("partial-response").length > 0 &&
      xml.getElementsByTagName("redirect").length === 0 &&
      xml.getElementsByTagName("error").length === 0
    );
  }

  function showSessionLost() {
    var notice = document.getElementById("session-lost");
    if (notice && notice.hidden) {
      notice.hidden = false;
    }
  }

  document.addEventListener(
    "change",
    function (event) {
      var fieldset = event.target.closest && event.target.closest("#quiz fieldset.pw-question");
      if (!fieldset) {
        return;
      }
      var pending = read();
      pending[fieldset.id] = snapshot(fieldset);
      write(pending);
    },
    true
  );

  function savesPending() {
    return (
      (!!window.PrimeFaces && !window.PrimeFaces.ajax.Queue.isEmpty()) ||
      (!!window.jQuery && window.jQuery.active > 0)
    );
  }

  // "Submit" (a full post) waits until the answer saves on their way have been answered, so that
  // the submit and a save of the same page never run at the same time on the server.
  var waitedForSaves = false;
  document.addEventListener("submit", function (event) {
    var f = event.target;
    if (f !== form() || waitedForSaves || !savesPending()) {
      return;
    }
    event.preventDefault();
    waitedForSaves = true;
    var submitter = event.submitter && event.submitter.form === f ? event.submitter : null;
    var waited = 0;
    (function later() {
      if (savesPending() && waited < 10000) {
        waited += 50;
        window.setTimeout(later, 50);
      } else if (f.requestSubmit) {
        f.requestSubmit(submitter || undefined);
      } else if (submitter) {
        submitter.click();
      } else {
        f.submit();
      }
    })();
  });

  function saved(event, xhr, settings) {
    if (!form()) {
      return;
    }
    var source = sourceOf(xhr, settings);
    if (!answeredByFaces(xhr)) {
      showSessionLost();
      return;
    }
    if (source === "quiz:restore" || (source === null && restoring)) {
      restoring = false;
      write({});
      return;
    }
    var pending = read();
    var element = source && document.getElementById(source);
    var fieldset = element && element.closest && element.closest("fieldset.pw-question");
    // Without the source, a question whose status says saved and whose inputs are as kept.
    var questions = fieldset
      ? [fieldset.id]
      : Object.keys(pending).filter(function (id) {
          var status = document.getElementById(id);
          status = status && status.querySelector(".pw-save-status");
          return status && status.textContent.trim() !== "";
        });
    questions.forEach(function (id) {
      var set = document.getElementById(id);
      if (pending[id] && set && same(pending[id], snapshot(set))) {
        delete pending[id];
      }
    });
    write(pending);
  }

  function start() {
    if (window.jQuery) {
      window.jQuery(document).on("pfAjaxComplete", saved);
    }
    var f = form();
    if (!f) {
      return;
    }
    var pending = read();
    if (!restoring && Object.keys(pending).length > 0 && putBack(pending)) {
      var button = document.getElementById("quiz:restore");
      if (button) {
        restoring = true;
        button.click();
      }
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
