/* "Listen": reads the lesson page aloud with the browser's speech synthesis (Web Speech API), in
   the page's language, one block at a time (the title, then each paragraph, heading and list
   item, then the key points), and marks the block being read with the class pw-speaking.
   The button pauses and resumes; Stop ends it. The controls stay hidden where the browser has no
   speech synthesis or no voice for the page's language (voices may arrive late, with the
   voiceschanged event). */
(function () {
  "use strict";
  var box = document.getElementById("listen");
  var toggle = document.getElementById("listen-toggle");
  var stopButton = document.getElementById("listen-stop");
  if (!box || !toggle || !stopButton || !window.speechSynthesis
      || typeof window.SpeechSynthesisUtterance !== "function") {
    return;
  }
  var synth = window.speechSynthesis;
  var lang = (document.documentElement.getAttribute("lang") || "en").toLowerCase();
  var BLOCKS = ".pw-reader-header h1, .pw-lesson-body p, .pw-lesson-body h2, .pw-lesson-body h3,"
      + " .pw-lesson-body h4, .pw-lesson-body li, .pw-lesson-body figcaption,"
      + " .pw-key-points h2, .pw-key-points li";
  var state = "idle"; // idle, speaking or paused
  var blocks = [];
  var index = -1;
  var run = 0; // ends of utterances from a run that was stopped are ignored

  function voice() {
    var voices = synth.getVoices() || [];
    var matching = voices.filter(function (v) {
      var l = String(v.lang || "").toLowerCase().replace("_", "-");
      return l === lang || l.indexOf(lang + "-") === 0;
    });
    return matching.filter(function (v) { return v["default"]; })[0] || matching[0] || null;
  }

  function offer() {
    if (voice()) {
      box.hidden = false;
    }
  }

  function label(name) {
    toggle.textContent = box.getAttribute("data-label-" + name);
  }

  function mark(block) {
    document.querySelectorAll(".pw-speaking").forEach(function (b) {
      b.classList.remove("pw-speaking");
    });
    if (block) {
      block.classList.add("pw-speaking");
      if (block.scrollIntoView) { block.scrollIntoView({ block: "nearest" }); }
    }
  }

  /** The blocks to read, in page order; a block that holds another is read through that one. */
  function collect() {
    var all = Array.prototype.slice.call(document.querySelectorAll(BLOCKS));
    return all.filter(function (b) {
      var holdsAnother = all.some(function (o) { return o !== b && b.contains(o); });
      return !holdsAnother && (b.innerText || "").trim() !== "";
    });
  }

  function speakFrom(i, token) {
    if (token !== run) { return; }
    index = i;
    if (index >= blocks.length) {
      stop();
      return;
    }
    var block = blocks[index];
    var utterance = new window.SpeechSynthesisUtterance(block.innerText.trim());
    utterance.lang = document.documentElement.getAttribute("lang") || "en";
    var v = voice();
    if (v) { utterance.voice = v; }
    utterance.onend = function () { speakFrom(index + 1, token); };
    utterance.onerror = function (e) {
      if (!e || (e.error !== "interrupted" && e.error !== "canceled")) { speakFrom(index + 1, token); }
    };
    mark(block);
    synth.speak(utterance);
  }

  function start() {
    synth.cancel();
    run += 1;
    blocks = collect();
    state = "speaking";
    label("pause");
    stopButton.hidden = false;
    speakFrom(0, run);
  }

  function stop() {
    run += 1;
    synth.cancel();
    state = "idle";
    index = -1;
    mark(null);
    label("listen");
    stopButton.hidden = true;
  }

  toggle.addEventListener("click", function () {
    if (state === "idle") {
      start();
    } else if (state === "speaking") {
      synth.pause();
      state = "paused";
      label("resume");
    } else {
      synth.resume();
      state = "speaking";
      label("pause");
    }
  });
  stopButton.addEventListener("click", function () {
    stop();
    toggle.focus();
  });
  window.addEventListener("pagehide", function () { synth.cancel(); });

  offer();
  if (box.hidden) {
    if (typeof synth.addEventListener === "function") {
      synth.addEventListener("voiceschanged", offer);
    } else {
      synth.onvoiceschanged = offer;
    }
  }
})();
