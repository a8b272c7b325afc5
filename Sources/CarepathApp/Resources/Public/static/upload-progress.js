// Shows how much of an upload has been sent, then that the files are being checked. Without this
// script the form posts as usual; with it the same request is sent with XMLHttpRequest so its
// progress can be shown, and the page the server answers with is shown as the form's would be.
"use strict";
document.querySelectorAll("form[data-upload-progress]").forEach(function (form) {
  var region = document.getElementById(form.getAttribute("data-upload-progress"));
  if (!region || !window.FormData || !window.XMLHttpRequest) return;
  var bar = region.querySelector("progress");
  var text = region.querySelector("p");

  function show(percent, message) {
    region.hidden = false;
    if (percent === null) bar.removeAttribute("value"); else bar.value = percent;
    text.textContent = message;
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var button = form.querySelector("button[type=submit], button:not([type])");
    if (button) button.disabled = true;
    var request = new XMLHttpRequest();
    request.open("POST", form.action);
    request.upload.addEventListener("progress", function (progress) {
      if (!progress.lengthComputable) return;
      var percent = Math.round((progress.loaded / progress.total) * 100);
      show(percent, "Sending the files: " + percent + "%");
    });
    request.upload.addEventListener("load", function () {
      show(null, "Checking every row of the files. Large files can take a minute.");
    });
    request.addEventListener("load", function () {
      var answeredBy = request.responseURL.split("#")[0];
      if (answeredBy && answeredBy !== form.action) {
        window.location.assign(answeredBy);
        return;
      }
      // The form came back with its errors: show that page as the browser would have.
      document.open();
      document.write(request.responseText);
      document.close();
    });
    request.addEventListener("error", function () {
      if (button) button.disabled = false;
      show(0, "The files could not be sent. Check your connection and try again.");
    });
    show(0, "Sending the files: 0%");
    request.send(new FormData(form));
  });
});
