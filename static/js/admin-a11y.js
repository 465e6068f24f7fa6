// Names for the admin's autocomplete boxes (select2), which Django leaves
// unnamed: select2 names its box after the chosen value, so an empty box, and
// the search field of a multiple choice, are read as nothing at all.
"use strict";
(function () {
  function labelFor(select) {
    const label = select.id && document.querySelector('label[for="' + select.id + '"]');
    const text = (label && label.textContent) || select.getAttribute("aria-label") || select.name;
    return text.replace(/:\s*$/, "").trim();
  }

  function name(root) {
    root.querySelectorAll("select.admin-autocomplete").forEach(function (select) {
      const container = select.nextElementSibling;
      if (!container || !container.classList.contains("select2")) return;
      const text = labelFor(select);
      container.querySelectorAll('[role="combobox"], .select2-search__field').forEach(function (el) {
        el.setAttribute("aria-label", text);
        el.removeAttribute("aria-labelledby");
      });
      // The chosen value inside the box is its text, read as the box's value;
      // select2 marks it as a second, unnamed text box (later select2 does not).
      container.querySelectorAll('[role="textbox"]').forEach(function (el) {
        el.removeAttribute("role");
        el.removeAttribute("aria-readonly");
      });
      // "Clear all" sits in the list of choices, which may hold only items;
      // each choice keeps its own remove button.
      container.querySelectorAll(".select2-selection--multiple .select2-selection__clear").forEach(function (el) {
        el.remove();
      });
    });
  }

  function later() {
    // After Django's autocomplete.js has built the boxes.
    window.setTimeout(function () { name(document); }, 0);
  }

  document.addEventListener("DOMContentLoaded", later);
  document.addEventListener("formset:added", later);
  document.addEventListener("change", later);
  document.addEventListener("focusin", later);
})();
