/* escalate: deadline calculator. Progressive enhancement: the form is hidden until this runs. */
(function () {
  'use strict';

  // Days since 1970-01-01 (Howard Hinnant's algorithm, as in escalate's Day type).
  function dayNumber(y, m, d) {
    var yy = m <= 2 ? y - 1 : y;
    var era = Math.floor((yy >= 0 ? yy : yy - 399) / 400);
    var yoe = yy - era * 400;
    var mp = (m + 9) % 12;
    var doy = Math.floor((153 * mp + 2) / 5) + d - 1;
    var doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
  }

  function fromDayNumber(n) {
    var z = n + 719468;
    var era = Math.floor((z >= 0 ? z : z - 146096) / 146097);
    var doe = z - era * 146097;
    var yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    var doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    var mp = Math.floor((5 * doy + 2) / 153);
    var d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    var m = mp < 10 ? mp + 3 : mp - 9;
    return { year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d };
  }

  // 0 Monday ... 6 Sunday.
  function weekday(n) { return ((n % 7) + 7 + 3) % 7; }

  function parseDate(text) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || '');
    if (!m) { return null; }
    var y = +m[1], mo = +m[2], d = +m[3];
    var n = dayNumber(y, mo, d);
    var back = fromDayNumber(n);
    return back.year === y && back.month === mo && back.day === d ? n : null;
  }

  function isoDate(n) {
    var p = fromDayNumber(n);
    return p.year + '-' + (p.month < 10 ? '0' : '') + p.month + '-' + (p.day < 10 ? '0' : '') + p.day;
  }

  function isWorkingDay(n, closures) { return weekday(n) < 5 && !closures[n]; }

  function addWorkingDays(start, count, closures) {
    var current = start, counted = 0;
    while (counted < count) {
      current += 1;
      if (isWorkingDay(current, closures)) { counted += 1; }
    }
    return current;
  }

  var UNITS = { 'working-days': ['working day', 'working days'], 'calendar-days': ['calendar day', 'calendar days'],
                weeks: ['week', 'weeks'], months: ['month', 'months'], hours: ['hour', 'hours'] };

  function amount(t) {
    var n = t.value, words = UNITS[t.unit] || UNITS['working-days'];
    return n + ' ' + (n === 1 ? words[0] : words[1]);
  }

  function daysInMonth(y, m) {
    if (m === 2) { return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28; }
    return [4, 6, 9, 11].indexOf(m) >= 0 ? 30 : 31;
  }

  // The same day of the month `count` months on, or that month's last day when it is shorter.
  function addMonths(day, count) {
    var p = fromDayNumber(day);
    var index = p.year * 12 + (p.month - 1) + count;
    var y = Math.floor(index / 12), m = index - y * 12 + 1;
    return dayNumber(y, m, Math.min(p.day, daysInMonth(y, m)));
  }

  // As escalate's WorkingDayCalendar.adding(_:_:to:).
  function add(t, day, closures) {
    if (t.value === null || t.value === undefined) { return null; }
    switch (t.unit) {
      case 'hours': return day + Math.floor((t.value + 23) / 24);
      case 'calendar-days': return day + t.value;
      case 'weeks': return day + 7 * t.value;
      case 'months': return addMonths(day, t.value);
      default: return addWorkingDays(day, t.value, closures);
    }
  }

  function capitalised(s) { return s.charAt(0).toUpperCase() + s.slice(1); }

  // Each stage's latest day, as escalate's Deadlines.compute.
  function compute(stages, raised, closures) {
    var out = [], previous = raised, previousLabel = 'the date raised';
    stages.forEach(function (stage) {
      function dated(t) {
        if (t.kind === 'none' || t.kind === 'event') {
          return { latest: null, explanation: capitalised(t.wording || 'no fixed timescale') };
        } else if (t.kind === 'from-raised') {
          return { latest: add(t, raised, closures), explanation: amount(t) + ' from the date raised' };
        } else if (previous !== null) {
          return { latest: add(t, previous, closures), explanation: amount(t) + ' after ' + previousLabel };
        }
        return { latest: null, explanation: amount(t) + ' after ' + previousLabel + ', which has no fixed end' };
      }
      var main = dated(stage);
      // Conditional timescales count from the same point; the next stage counts from the main one.
      var alternatives = (stage.alternatives || []).map(function (a) {
        var d = dated(a);
        return { condition: a.condition, latest: d.latest, explanation: d.explanation };
      });
      // The note says what the date is the deadline for when it is not the stage's end
      // (HIPS Stage 5: sending the email to the partnership, not the resolution meeting).
      out.push({ label: stage.label, title: stage.title, note: stage.note || null, latest: main.latest, explanation: main.explanation,
                 alternatives: alternatives });
      previous = main.latest;
      previousLabel = stage.label;
    });
    return out;
  }

  var WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  function formatLong(n) {
    var p = fromDayNumber(n);
    return WEEKDAYS[weekday(n)] + ' ' + p.day + ' ' + MONTHS[p.month - 1] + ' ' + p.year;
  }

  function closuresFrom(calendar) {
    var set = {};
    calendar.closures.forEach(function (iso) { var n = parseDate(iso); if (n !== null) { set[n] = true; } });
    return set;
  }

  var api = { dayNumber: dayNumber, fromDayNumber: fromDayNumber, weekday: weekday, parseDate: parseDate,
              isoDate: isoDate, addWorkingDays: addWorkingDays, addMonths: addMonths, compute: compute,
              formatLong: formatLong, closuresFrom: closuresFrom };
  if (typeof module !== 'undefined' && module.exports) { module.exports = api; return; }
  // Exposed so the site checks can compare this script with escalate's own engine.
  window.escalateDeadlines = api;

  function text(tag, content) {
    var el = document.createElement(tag);
    el.textContent = content;
    return el;
  }

  Array.prototype.forEach.call(document.querySelectorAll('form.deadline-calculator'), function (form) {
    var stages = JSON.parse(form.getAttribute('data-stages'));
    var calendarElement = document.getElementById(form.getAttribute('data-calendar'));
    if (!calendarElement) { return; }
    var calendar = JSON.parse(calendarElement.textContent);
    var closures = closuresFrom(calendar);
    var result = form.querySelector('.deadline-calculator__result');
    form.hidden = false;
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var input = form.querySelector('input[name="raised"]');
      var raised = parseDate(input.value);
      result.textContent = '';
      if (raised === null) {
        result.appendChild(text('p', 'Enter the date the matter was first raised, for example 21 May 2025.'));
        input.focus();
        return;
      }
      var rows = compute(stages, raised, closures);
      var table = document.createElement('table');
      table.appendChild(text('caption', 'Latest dates for a matter raised on ' + formatLong(raised)));
      var head = document.createElement('tr');
      ['Stage', 'Latest date', 'How it is counted'].forEach(function (h) {
        var th = text('th', h); th.setAttribute('scope', 'col'); head.appendChild(th);
      });
      var thead = document.createElement('thead'); thead.appendChild(head); table.appendChild(thead);
      var tbody = document.createElement('tbody');
      var outside = raised < dayNumber(calendar.first, 1, 1) || raised > dayNumber(calendar.last, 12, 31);
      rows.forEach(function (row) {
        var tr = document.createElement('tr');
        var th = text('th', row.label + ': ' + row.title); th.setAttribute('scope', 'row'); tr.appendChild(th);
        tr.appendChild(text('td', row.latest === null ? 'No fixed date' : formatLong(row.latest)));
        var how = text('td', row.explanation);
        if (row.note) { how.appendChild(text('span', ': ' + row.note)); how.lastChild.className = 'deadline-calculator__note'; }
        tr.appendChild(how);
        tbody.appendChild(tr);
        if (row.latest !== null && (row.latest > dayNumber(calendar.last, 12, 31))) { outside = true; }
        row.alternatives.forEach(function (alt) {
          var altRow = document.createElement('tr');
          var altHead = text('th', 'Or, ' + alt.condition); altHead.setAttribute('scope', 'row'); altRow.appendChild(altHead);
          altRow.appendChild(text('td', alt.latest === null ? 'No fixed date' : formatLong(alt.latest)));
          altRow.appendChild(text('td', alt.explanation));
          tbody.appendChild(altRow);
        });
      });
      table.appendChild(tbody);
      result.appendChild(table);
      if (outside) {
        result.appendChild(text('p', 'The calendar has bank holidays for ' + calendar.first + ' to ' + calendar.last +
          ' only: dates outside those years skip weekends but not bank holidays.'));
      }
    });
  });
})();
