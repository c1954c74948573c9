// Forms, a little better with JavaScript (each works without it):
// - a sent form's submit buttons are disabled and say so, and come back when the page is shown again from the
//   back/forward cache (the server accepts a form once either way: SubmitOnce);
// - on staff pages, leaving a POST form whose fields were changed asks first, except when it is the form being sent:
//   a page of several forms (a request's answer, assignment and notes) still asks when another one holds typed text.
//   A form opts out with data-leave-warning="off";
// - the answer to a sent form (a refusal's summary, a receipt: data-focus-on-load, tabindex="-1") has the focus when
//   the page loads, so a screen reader reads it and Tab goes on from there, not from the top of a long page.
(function () {
  "use strict";
  var staff = document.body.classList.contains("staff");
  var changed = new Set();
  var sending = null; // the form being sent: its own changes leave with it

  var answer = document.querySelector("[data-focus-on-load]");
  if (answer) { answer.focus(); }

  function buttons(form) {
    return Array.prototype.filter.call(form.elements, function (el) {
      return (el.tagName === "BUTTON" && (el.type || "submit") === "submit") || (el.tagName === "INPUT" && el.type === "submit");
    });
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || event.defaultPrevented) { return; }
    sending = form;
    if ((form.method || "get").toLowerCase() !== "post") { return; }
    // Disabled after this event: a disabled submitter would otherwise drop its own name=value from the form.
    setTimeout(function () {
      buttons(form).forEach(function (button) {
        button.disabled = true;
        button.setAttribute("aria-disabled", "true");
        button.setAttribute("data-sending", "");
        button.setAttribute("data-label", button.tagName === "BUTTON" ? button.textContent : button.value);
        var text = document.documentElement.lang === "en" ? "Sending…" : "กำลังส่ง…";
        if (button.tagName === "BUTTON") { button.textContent = text; } else { button.value = text; }
      });
      setTimeout(restore, 15000);
    }, 0);
  }, false);

  // Back from the back/forward cache, or (after a while) a POST that answered with a download and no new page.
  function restore() {
    sending = null;
    document.querySelectorAll("[data-sending]").forEach(function (button) {
      var label = button.getAttribute("data-label");
      if (label !== null) {
        if (button.tagName === "BUTTON") { button.textContent = label; } else { button.value = label; }
      }
      button.disabled = false;
      button.removeAttribute("aria-disabled");
      button.removeAttribute("data-sending");
      button.removeAttribute("data-label");
    });
  }
  window.addEventListener("pageshow", function () { changed.clear(); restore(); });

  if (!staff) { return; }

  function watch(event) {
    var form = event.target && event.target.form;
    if (form && (form.method || "get").toLowerCase() === "post" && form.getAttribute("data-leave-warning") !== "off") {
      changed.add(form);
    }
  }
  document.addEventListener("input", watch, true);
  document.addEventListener("change", watch, true);

  window.addEventListener("beforeunload", function (event) {
    var unsent = false;
    changed.forEach(function (form) { if (form !== sending && document.contains(form)) { unsent = true; } });
    if (!unsent) { return; }
    event.preventDefault();
    event.returnValue = "";
  });
})();
