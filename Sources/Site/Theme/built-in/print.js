/* escalate: the print button of a procedure page and the compare page. Progressive
   enhancement: the button is hidden until this runs, since without JavaScript it could do
   nothing (the browser's own Print still works, with the same print stylesheet). Paper cannot
   open a "Details", so every closed one is opened for printing and closed again afterwards;
   without JavaScript they print closed, as before. */
(function () {
  'use strict';
  Array.prototype.forEach.call(document.querySelectorAll('[data-print]'), function (button) {
    var holder = button.closest('[hidden]');
    if (holder) { holder.hidden = false; }
    button.addEventListener('click', function () { window.print(); });
  });
  var opened = [];
  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(document.querySelectorAll('details:not([open])'), function (d) {
      d.open = true;
      opened.push(d);
    });
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
})();
