/*
 * Sizes embedded timelines and event cards to their content. A page that frames them includes this
 * once, from the site that serves the embeds:
 *
 *   <script src="https://<the timeline's address>/embed-resize.js" async></script>
 *
 * An embed posts { type: 'syria-war-timeline:height', version: 1, height: <whole CSS pixels, 1–20000> }
 * to the page that frames it whenever its height changes. This script takes only that exact shape,
 * only from this script's own origin, and only from an iframe of this page, and sets that iframe's
 * height; it ignores every other message. When it starts it asks the embeds already loaded for their
 * height with { type: 'syria-war-timeline:request-height', version: 1 }.
 */
(function () {
  'use strict';
  var HEIGHT = 'syria-war-timeline:height';
  var REQUEST = 'syria-war-timeline:request-height';
  var MAX_HEIGHT = 20000;
  var script = document.currentScript;
  var origin;
  try {
    origin = new URL(script.src).origin;
  } catch {
    return;
  }

  function heightOf(data) {
    try {
      if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
      if (Object.keys(data).sort().join(',') !== 'height,type,version') return null;
      if (data.type !== HEIGHT || data.version !== 1) return null;
      var height = data.height;
      return typeof height === 'number' && Math.floor(height) === height && height >= 1 && height <= MAX_HEIGHT ? height : null;
    } catch {
      return null;
    }
  }

  var frames = document.getElementsByTagName('iframe');

  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var height = heightOf(event.data);
    if (height === null) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = height + 'px';
    }
  });

  for (var i = 0; i < frames.length; i++) {
    try {
      if (new URL(frames[i].src, document.baseURI).origin === origin) {
        frames[i].contentWindow.postMessage({ type: REQUEST, version: 1 }, origin);
      }
    } catch {
      // A frame without a usable address is not ours.
    }
  }
})();
