/*
 * Marrow pages: small enhancements over pages that work without them.
 * - Times written in UTC (<time data-local datetime="...Z">) are shown in the user's own time zone, to the second.
 * - A CTCAE term picked on the adverse-event form offers only the grades CTCAE v5.0 defines for it.
 * - A lab test (or a drug) picked on a form offers only the units it is measured (or dosed) in.
 * The server checks every value again; nothing here decides what is accepted.
 */
(function () {
  'use strict';

  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }

  function localTimes() {
    var zone = '';
    try {
      zone = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
    } catch (e) {
      zone = '';
    }
    document.querySelectorAll('time[data-local][datetime]').forEach(function (el) {
      var d = new Date(el.getAttribute('datetime'));
      if (isNaN(d.getTime())) {
        return;
      }
      var offset = -d.getTimezoneOffset();
      var sign = offset >= 0 ? '+' : '-';
      var abs = Math.abs(offset);
      var utcOffset = 'UTC' + sign + pad(Math.floor(abs / 60)) + ':' + pad(abs % 60);
      el.textContent = d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + ' ' +
        pad(d.getHours()) + ':' + pad(d.getMinutes()) + ':' + pad(d.getSeconds()) + ' ' + utcOffset;
      el.setAttribute('title', zone ? zone + ' (' + utcOffset + ')' : utcOffset);
    });
  }

  /* Shows only the options of a select whose data attribute lists the chosen value (all when none is chosen). */
  function filterOptions(select, attribute, value) {
    var keep = null;
    Array.prototype.forEach.call(select.options, function (option) {
      var list = option.getAttribute(attribute);
      if (list === null || option.value === '') {
        return;
      }
      var fits = !value || (' ' + list + ' ').indexOf(' ' + value + ' ') >= 0;
      option.hidden = !fits;
      option.disabled = !fits;
      if (fits && keep === null) {
        keep = option;
      }
    });
    var chosen = select.options[select.selectedIndex];
    if (chosen && chosen.disabled) {
      select.value = '';
    }
  }

  function gradesOfTerms() {
    document.querySelectorAll('input[data-grades-for]').forEach(function (input) {
      var grade = document.getElementById(input.getAttribute('data-grades-for'));
      var list = document.getElementById(input.getAttribute('list'));
      if (!grade || !list) {
        return;
      }
      Array.prototype.forEach.call(grade.options, function (option) {
        if (option.value !== '') {
          option.setAttribute('data-grade', option.value);
        }
      });
      function update() {
        var grades = null;
        Array.prototype.forEach.call(list.options, function (option) {
          if (option.value === input.value.split(': ')[0] || option.value === input.value) {
            grades = option.getAttribute('data-grades');
          }
        });
        Array.prototype.forEach.call(grade.options, function (option) {
          if (option.value === '') {
            return;
          }
          var fits = grades === null || (' ' + grades + ' ').indexOf(' ' + option.value + ' ') >= 0;
          option.hidden = !fits;
          option.disabled = !fits;
        });
        var chosen = grade.options[grade.selectedIndex];
        if (chosen && chosen.disabled) {
          grade.value = '';
        }
      }
      input.addEventListener('change', update);
      input.addEventListener('input', update);
      update();
    });
  }

  function unitsOf(selectId, attribute, chooser) {
    var unit = document.getElementById(selectId);
    if (!unit || !chooser) {
      return;
    }
    function update() {
      filterOptions(unit, attribute, chooser.value);
    }
    chooser.addEventListener('change', update);
    update();
  }

  document.addEventListener('DOMContentLoaded', function () {
    localTimes();
    gradesOfTerms();
    unitsOf('f-unit', 'data-tests', document.getElementById('f-test'));
    unitsOf('f-unit', 'data-drugs', document.querySelector('select[data-units-for="f-unit"]'));
    document.querySelectorAll('select[data-units-of]').forEach(function (unit) {
      unitsOf(unit.id, 'data-drugs', document.getElementById(unit.getAttribute('data-units-of')));
    });
  });
})();
