/* escalate: the print button of a procedure page. Progressive enhancement: the button is
   hidden until this runs, since without JavaScript it could do nothing (the browser's own
   Print still works, with the same print stylesheet). */
(function () {
  'use strict';
  Array.prototype.forEach.call(document.querySelectorAll('[data-print]'), function (button) {
    var holder = button.closest('[hidden]');
    if (holder) { holder.hidden = false; }
    button.addEventListener('click', function () { window.print(); });
  });
})();
