/*
 * Scroll position of the application's content. The content scrolls inside <vaadin-app-layout>, not the window, so
 * the browser neither starts a new page at the top nor restores the position on Back/Forward by itself.
 * The server calls pbScroll.navigated(newPage) after every navigation: Back/Forward (seen here as popstate, whatever
 * the server calls the navigation) restores the position remembered for that URL, a new page starts at the top.
 */
(function () {
  if (window.pbScroll) {
    return;
  }
  const positions = new Map();
  let restoring = false;
  let attached = null;

  function scroller() {
    const layout = document.querySelector('vaadin-app-layout');
    const candidates = [];
    if (layout) {
      candidates.push(layout.shadowRoot && layout.shadowRoot.querySelector('[part~="content"]'), layout);
    }
    for (const element of candidates) {
      if (element && /(auto|scroll)/.test(getComputedStyle(element).overflowY)
          && element.scrollHeight > element.clientHeight) {
        return element;
      }
    }
    return document.scrollingElement;
  }

  function attach() {
    const element = scroller();
    if (element !== attached) {
      const target = element === document.scrollingElement ? window : element;
      target.addEventListener('scroll', () => {
        if (!restoring) {
          positions.set(location.href, element.scrollTop);
        }
      }, { passive: true });
      attached = element;
    }
    return element;
  }

  // Back/Forward: the old page's content is replaced before restore() runs; keep its clamped scroll from counting
  window.addEventListener('popstate', () => {
    restoring = true;
  });

  window.pbScroll = {
    element: () => attach(),
    navigated(newPage) {
      // Flow updates the URL after running the calls of the same response: act once it has, on the new URL
      setTimeout(() => {
        if (restoring) {
          this.restore();
        } else if (newPage) {
          this.top();
        } else {
          attach();
        }
      }, 0);
    },
    top() {
      const element = attach();
      restoring = false;
      element.scrollTop = 0;
      positions.set(location.href, 0);
    },
    restore() {
      restoring = true;
      const wanted = positions.get(location.href) || 0;
      let frames = 0;
      // charts and grids grow the page over a few frames; retry until the position can be reached
      const step = () => {
        const element = attach();
        element.scrollTop = wanted;
        if (Math.abs(element.scrollTop - wanted) > 1 && frames++ < 120) {
          requestAnimationFrame(step);
        } else {
          restoring = false;
          positions.set(location.href, element.scrollTop);
        }
      };
      requestAnimationFrame(step);
    }
  };
})();
