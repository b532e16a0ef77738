/*
 * <pb-echart>: draws an Apache ECharts option given as JSON in the "option" property, or fetched from the address
 *   in the "option-src" attribute (the server's EChart: the option travels in a request of its own, not in the
 *   page's UI state; docs/benchmarks.md). A failed fetch shows the "failedText" property in the chart's place.
 * - waits for window.echarts (loaded by the server-side EChart component) — at most LOAD_TIMEOUT_MS: then it shows
 *   the "unavailableText" property in the chart's place, sets the attribute "unavailable" and logs an error,
 * - redraws on resize (ResizeObserver), disposes when removed,
 * - formats numbers with Intl for the "locale" property (vi-VN: 4.164),
 * - reports clicks as a "chart-click" event with {name, seriesName, seriesIndex, dataIndex, id}; id is the clicked
 *   data item's id, the drill key the server put on it (for a stacked bar, on its category's first segment; for a
 *   heatmap cell, its row's key from the series' "rowKeys"),
 * - sets the attribute "rendered" once a frame is drawn (used by browser tests),
 * - exports itself as PNG or SVG without any server (downloadImage, toDataUrl).
 */
(function () {
  if (customElements.get('pb-echart')) {
    return;
  }

  // long enough for a slow line, short enough that nobody waits in front of an empty card for nothing
  const LOAD_TIMEOUT_MS = 15000;
  const POLL_MS = 25;

  class PbEChart extends HTMLElement {
    constructor() {
      super();
      this._option = null;
      this._locale = 'vi-VN';
      this._unavailableText = 'ECharts could not be loaded.';
      this._failedText = 'The chart\'s figures could not be loaded.';
    }

    set unavailableText(value) {
      this._unavailableText = value || this._unavailableText;
    }

    get unavailableText() {
      return this._unavailableText;
    }

    static get observedAttributes() {
      return ['option-src'];
    }

    attributeChangedCallback(name, oldValue, value) {
      if (name === 'option-src' && value && value !== oldValue) {
        this._fetchOption(value);
      }
    }

    /** The latest address wins: an option asked for earlier and answered later is dropped. */
    _fetchOption(src) {
      this._optionSrc = src;
      fetch(src, { credentials: 'same-origin', cache: 'no-store' })
        .then((response) => {
          if (!response.ok) {
            throw new Error('HTTP ' + response.status);
          }
          return response.text();
        })
        .then((json) => {
          if (this._optionSrc === src) {
            this._clearMessage('chart-failed');
            this.option = json;
          }
        })
        .catch((error) => {
          if (this._optionSrc === src) {
            console.error('pb-echart: the chart\'s figures could not be fetched', error);
            this._showMessage('chart-failed', this._failedText);
          }
        });
    }

    set failedText(value) {
      this._failedText = value || this._failedText;
    }

    get failedText() {
      return this._failedText;
    }

    set option(value) {
      this._option = value;
      this._render();
    }

    get option() {
      return this._option;
    }

    set locale(value) {
      this._locale = value || 'vi-VN';
      this._render();
    }

    get locale() {
      return this._locale;
    }

    connectedCallback() {
      // properties set before the element was upgraded sit on the instance; re-apply them through the setters
      for (const name of ['option', 'locale', 'unavailableText', 'failedText']) {
        if (Object.prototype.hasOwnProperty.call(this, name)) {
          const value = this[name];
          delete this[name];
          this[name] = value;
        }
      }
      this._init();
    }

    disconnectedCallback() {
      if (this._resizeObserver) {
        this._resizeObserver.disconnect();
        this._resizeObserver = null;
      }
      if (this._chart) {
        this._chart.dispose();
        this._chart = null;
      }
    }

    _init() {
      if (this._chart || !this.isConnected) {
        return;
      }
      if (!window.echarts) {
        this._waitingSince = this._waitingSince || Date.now();
        if (Date.now() - this._waitingSince < LOAD_TIMEOUT_MS) {
          setTimeout(() => this._init(), POLL_MS);
        } else {
          this._showUnavailable();
        }
        return;
      }
      this._waitingSince = null;
      this._clearUnavailable();
      this._chart = window.echarts.init(this, null, { renderer: 'canvas' });
      this._chart.on('click', (p) => {
        this.dispatchEvent(new CustomEvent('chart-click', {
          detail: {
            name: p.name == null ? null : String(p.name),
            seriesName: p.seriesName == null ? null : String(p.seriesName),
            seriesIndex: p.seriesIndex == null ? -1 : p.seriesIndex,
            dataIndex: p.dataIndex == null ? -1 : p.dataIndex,
            id: this._clickedKey(p)
          }
        }));
      });
      this._chart.on('finished', () => this.setAttribute('rendered', ''));
      this._resizeObserver = new ResizeObserver(() => {
        // a chart hidden behind its table keeps its last drawing and size (for images) instead of shrinking to 0
        if (this._chart && this.clientWidth > 0 && this.clientHeight > 0) {
          this._size = { width: this.clientWidth, height: this.clientHeight };
          // the observer's first call, and any call without a change: the drawing already has this size
          if (!this._sizeChanged()) {
            return;
          }
          this._chart.resize();
          // the title wraps at the chart's width: lay it out again when that changed
          if (this._titledWidth !== this._titleWidth()) {
            this._render();
          }
        }
      });
      this._resizeObserver.observe(this);
      this._render();
    }

    /**
     * ECharts never arrived (blocked, offline, a proxy error): the message in the chart's place, announced to screen
     * readers, instead of an empty card that waits forever. A later visit to the page tries again.
     */
    _showUnavailable() {
      this._waitingSince = null;
      if (this.hasAttribute('unavailable')) {
        return;
      }
      console.error('pb-echart: ECharts did not load within ' + LOAD_TIMEOUT_MS + ' ms');
      this._showMessage('chart-no-library', this._unavailableText);
      this.setAttribute('unavailable', '');
    }

    _clearUnavailable() {
      this.removeAttribute('unavailable');
      this._clearMessage('chart-no-library');
    }

    _showMessage(className, text) {
      if (this.querySelector(':scope > .' + className)) {
        return;
      }
      const message = document.createElement('div');
      message.className = 'chart-unavailable ' + className;
      message.setAttribute('role', 'alert');
      message.textContent = text;
      this.appendChild(message);
    }

    _clearMessage(className) {
      this.querySelectorAll(':scope > .' + className).forEach((message) => message.remove());
    }

    /**
     * A PNG of the chart as a data URL, white background. With a width (CSS px): drawn afresh at that width and the
     * chart's height, its title laid out for that width, at the given pixel ratio — the size the PDF briefing plans
     * its print size with, whatever the screen. Without: as shown, at twice the screen resolution.
     */
    toDataUrl(width, pixelRatio) {
      if (!this._chart) {
        return null;
      }
      const png = { type: 'png', pixelRatio: pixelRatio || 2, backgroundColor: '#fff' };
      if (width) {
        const height = parseInt(this.style.height, 10) || (this._size && this._size.height) || 360;
        const option = this._parsed();
        this._localize(option);
        this._layoutTitle(option, Math.max(120, width - 24));
        return this._offscreen('canvas', (chart) => chart.getDataURL(png), { width: width, height: height }, option);
      }
      return this._chart.getWidth() > 0 ? this._chart.getDataURL(png)
        : this._offscreen('canvas', (chart) => chart.getDataURL(png));
    }

    /** Saves the chart as a high-resolution PNG or as SVG (drawn again with the SVG renderer), offline. */
    downloadImage(type, fileName) {
      if (!this._chart) {
        return;
      }
      let url;
      if (type === 'svg') {
        const svg = this._offscreen('svg', (chart) => chart.renderToSVGString());
        url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
      } else {
        const png = { type: 'png', pixelRatio: 3, backgroundColor: '#fff' };
        url = this._chart.getWidth() > 0 ? this._chart.getDataURL(png)
          : this._offscreen('canvas', (chart) => chart.getDataURL(png));
      }
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      document.body.appendChild(link);
      link.click();
      link.remove();
    }

    /**
     * Draws a copy of the chart in a holder outside the screen and hands it to "use": for SVG, and for a chart
     * hidden behind its table twin (display: none leaves it no size of its own). Uses the last size it was shown at.
     */
    _offscreen(renderer, use, fixedSize, fixedOption) {
      const size = fixedSize || this._size || { width: 800, height: parseInt(this.style.height, 10) || 360 };
      const holder = document.createElement('div');
      holder.style.cssText = 'position:fixed;left:-20000px;top:0;width:' + size.width + 'px;height:'
        + size.height + 'px';
      document.body.appendChild(holder);
      const copy = window.echarts.init(holder, null, { renderer: renderer, width: size.width, height: size.height });
      try {
        const option = fixedOption || this._chart.getOption();
        option.animation = false;
        copy.setOption(option);
        return use(copy);
      } finally {
        copy.dispose();
        holder.remove();
      }
    }

    _render() {
      if (!this._chart || !this._option) {
        return;
      }
      // ECharts took the element's size when it was created, maybe before the page was laid out: draw at today's
      if (this.clientWidth > 0 && this.clientHeight > 0 && this._sizeChanged()) {
        this._chart.resize();
      }
      const option = this._parsed();
      this._rowKeys = (option.series || []).map((series) => series.rowKeys || null);
      this._localize(option);
      this._fitTitle(option);
      this.removeAttribute('rendered');
      this._chart.setOption(option, true);
    }

    _sizeChanged() {
      return this._chart.getWidth() !== this.clientWidth || this._chart.getHeight() !== this.clientHeight;
    }

    _parsed() {
      return typeof this._option === 'string' ? JSON.parse(this._option) : this._option;
    }

    /**
     * The drill key of the clicked item; a segment of a stacked bar without one has its category's key on an earlier
     * segment of the same stack (EChart.java sends it once per category), a heatmap cell its row's (HeatmapSeries).
     */
    _clickedKey(p) {
      const own = (item) => (item != null && typeof item === 'object' && item.id != null ? String(item.id) : null);
      if (own(p.data) != null) {
        return own(p.data);
      }
      const rowKeys = (this._rowKeys || [])[p.seriesIndex];
      if (rowKeys && Array.isArray(p.data)) {
        return rowKeys[p.data[1]] == null ? null : String(rowKeys[p.data[1]]);
      }
      const series = (this._chart.getOption().series || []);
      const clicked = series[p.seriesIndex];
      if (!clicked || clicked.type !== 'bar' || clicked.stack == null || p.dataIndex == null) {
        return null;
      }
      for (const s of series) {
        const key = s.type === 'bar' && s.stack === clicked.stack ? own((s.data || [])[p.dataIndex]) : null;
        if (key != null) {
          return key;
        }
      }
      return null;
    }

    /** Title and subtitle wrap within the chart's width (the subtitle states the scope: it must not be cut). */
    _fitTitle(option) {
      if (!this.clientWidth) {
        return;
      }
      this._titledWidth = this._titleWidth();
      this._layoutTitle(option, this._titledWidth);
    }

    /** Title and subtitle wrapped at the given width, the plot moved down by the lines they take. */
    _layoutTitle(option, width) {
      const title = Array.isArray(option.title) ? option.title[0] : option.title;
      if (!title) {
        return;
      }
      // the same font as the measuring below, so that ECharts breaks the lines where they were counted
      title.textStyle = Object.assign({ width: width, overflow: 'break', fontFamily: 'sans-serif' },
        title.textStyle || {});
      title.subtextStyle = Object.assign({ width: width, overflow: 'break', lineHeight: 14, fontFamily: 'sans-serif' },
        title.subtextStyle || {});
      const counted = this._countTitleLines(option, width);
      const extra = counted.split(':').map(Number).reduce((sum, lines, i) => sum + (lines - 1) * (i === 0 ? 22 : 14), 0);
      if (extra > 0 && option.grid && !Array.isArray(option.grid) && option.grid.top != null) {
        option.grid.top = String(parseInt(option.grid.top, 10) + extra);
      }
    }

    _titleWidth() {
      const drawn = this._chart ? this._chart.getWidth() : 0;
      return Math.max(120, (drawn || this.clientWidth) - 24);
    }

    /** "title lines:subtitle lines" at the given width, measured with the fonts ECharts uses. */
    _countTitleLines(option, width) {
      const title = option && (Array.isArray(option.title) ? option.title[0] : option.title);
      if (!title || !width) {
        return '1:1';
      }
      const context = (this._measure = this._measure || document.createElement('canvas').getContext('2d'));
      const lines = (text, font) => {
        if (!text) {
          return 1;
        }
        context.font = font;
        let count = 1;
        let line = '';
        for (const word of String(text).split(' ')) {
          const candidate = line ? line + ' ' + word : word;
          if (line && context.measureText(candidate).width * 1.03 > width) {
            count++;
            line = word;
          } else {
            line = candidate;
          }
        }
        return count;
      };
      return lines(title.text, 'bold 18px sans-serif') + ':' + lines(title.subtext, '12px sans-serif');
    }

    _localize(option) {
      const number = new Intl.NumberFormat(this._locale);
      const format = (v) => (typeof v === 'number' ? number.format(v) : v);
      const percent = (v) => (typeof v === 'number' ? number.format(v) + '%' : v);
      // horizontal bars of shares (one value axis named '%'): every value in the tooltip is a percentage
      const shares = (option.xAxis || []).some((axis) => axis.type === 'value' && axis.name === '%');
      if (option.tooltip && !option.tooltip.valueFormatter) {
        option.tooltip.valueFormatter = shares ? percent : format;
      }
      for (const series of option.series || []) {
        delete series.rowKeys;
        if (series.cellTooltip) {
          this._heatmapTooltip(option, series, format);
        }
      }
      for (const axes of [option.xAxis, option.yAxis]) {
        for (const axis of axes || []) {
          if (axis.type === 'value') {
            axis.axisLabel = Object.assign({ formatter: axis.name === '%' ? percent : format }, axis.axisLabel || {});
          }
        }
      }
    }

    /**
     * A heatmap cell's tooltip: its row's label, then the column in words and the count (sent once per column and
     * once per chart, not per cell). Every piece is text, escaped here: ECharts shows tooltips as HTML.
     */
    _heatmapTooltip(option, series, format) {
      const rows = ((option.yAxis || [])[0] || {}).data || [];
      const { columns, one, other } = series.cellTooltip;
      delete series.cellTooltip;
      const escape = (text) => String(text).replace(/[&<>"']/g,
        (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
      series.tooltip = {
        formatter: (p) => {
          const [x, y, count] = p.value;
          return escape(rows[y]) + '<br/>' + escape(count === 1 ? one : other)
            .replace('{count}', escape(format(count))).replace('{title}', () => escape(columns[x]));
        }
      };
    }
  }

  customElements.define('pb-echart', PbEChart);
})();
