/*! From 82.49 million to zero: embed host script. No dependencies.
 * Sizes every <iframe data-ptz-embed> on the page to the height its chart reports.
 * A message is accepted only when it comes from this script's own origin, from the
 * contentWindow of one of those iframes, and has the shape
 * { type: 'ptz-embed-height', chart: 'slug', height: 50..5000 }. */
(function () {
  'use strict';
  if (window.__ptzEmbedHost) return;
  window.__ptzEmbedHost = true;
  var script = document.currentScript;
  var origin;
  try {
    origin = new URL(script && script.src ? script.src : '', location.href).origin;
  } catch (e) {
    return;
  }
  function valid(d) {
    return (
      d !== null &&
      typeof d === 'object' &&
      d.type === 'ptz-embed-height' &&
      typeof d.chart === 'string' &&
      /^[a-z0-9-]{1,40}$/.test(d.chart) &&
      typeof d.height === 'number' &&
      isFinite(d.height) &&
      d.height >= 50 &&
      d.height <= 5000
    );
  }
  window.addEventListener('message', function (event) {
    if (event.origin !== origin || !valid(event.data)) return;
    var frames = document.querySelectorAll('iframe[data-ptz-embed]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(event.data.height) + 'px';
        return;
      }
    }
  });
})();
