/* global H5P */
/**
 * HocSo.ScamCheck: one message at a time, the learner says "scam" or "genuine",
 * reads why, and gets a score at the end.
 *
 * H5P core finds the constructor by walking the machine name from window
 * (window.HocSo.ScamCheck), so that is where it is registered.
 *
 * Written in ES5 on purpose: the content runs on cheap, old Android phones.
 */
(function (window, document) {
  'use strict';

  var H5P = window.H5P;
  var $ = H5P.jQuery;
  var EventDispatcher = H5P.EventDispatcher;

  var SCAM = 'scam';
  var GENUINE = 'genuine';
  var CHANNELS = ['sms', 'zalo', 'call'];
  var SVG_NS = 'http://www.w3.org/2000/svg';

  // Mirrors the defaults in semantics.json, for content saved before a label existed.
  var DEFAULT_L10N = {
    progress: 'Tin :current / :total',
    questionMessage: 'Tin nhắn này có lừa đảo không?',
    questionCall: 'Cuộc gọi này có lừa đảo không?',
    scamButton: 'Lừa đảo',
    genuineButton: 'Đáng tin',
    channelSms: 'Tin nhắn SMS',
    channelZalo: 'Tin nhắn Zalo',
    channelCall: 'Cuộc gọi đến',
    callerSays: 'Người gọi nói:',
    contextLabel: 'Tình huống:',
    correct: 'Đúng rồi!',
    incorrect: 'Chưa đúng.',
    verdictScam: 'Đây là lừa đảo.',
    verdictGenuine: 'Đây là tin đáng tin.',
    adviceLabel: 'Nên làm gì?',
    next: 'Tin tiếp theo',
    showResult: 'Xem kết quả',
    resultTitle: 'Kết quả',
    resultScore: 'Bạn nhận ra đúng :score trên :total tin.',
    passed: 'Rất tốt! Bạn đã đạt.',
    failed: 'Chưa đạt. Hãy đọc lại phần giải thích rồi làm lại.',
    reviewTitle: 'Xem lại từng tin',
    reviewCorrect: 'Bạn chọn đúng.',
    reviewIncorrect: 'Bạn chọn sai.',
    retry: 'Làm lại'
  };

  // Stroke-only 24×24 icons, drawn here so the library needs no image files.
  var ICONS = {
    warning: ['M12 3.5 2.5 20.5h19z', 'M12 10v4.5', 'M12 17.5v.01'],
    check: ['M5 12.5l4.5 4.5L19 7.5'],
    cross: ['M7 7l10 10', 'M17 7 7 17'],
    bubble: ['M4 5h16v11H10l-6 4z'],
    phone: ['M6.5 3.5h3l2 5-2.5 1.5a11 11 0 0 0 5.5 5.5l1.5-2.5 5 2v3a2 2 0 0 1-2 2A16 16 0 0 1 4.5 5.5a2 2 0 0 1 2-2z'],
    chevron: ['M6 9l6 6 6-6']
  };

  var instances = 0;

  /** H5P's editor stores plain text HTML-escaped; turn it back into text before using textContent. */
  function plain(value) {
    if (typeof value !== 'string') {
      return '';
    }
    var entities = {'&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#039;': '\'', '&#39;': '\'', '&apos;': '\''};
    return value.replace(/&(?:amp|lt|gt|quot|apos|#0?39);/g, function (entity) {
      return entities[entity];
    }).replace(/^\s+|\s+$/g, '');
  }

  function fill(template, values) {
    return template.replace(/:(current|total|score)/g, function (match, key) {
      return values.hasOwnProperty(key) ? String(values[key]) : match;
    });
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  function icon(name, className) {
    var svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    svg.setAttribute('class', 'hsc-icon' + (className ? ' ' + className : ''));
    ICONS[name].forEach(function (d) {
      var path = document.createElementNS(SVG_NS, 'path');
      path.setAttribute('d', d);
      svg.appendChild(path);
    });
    return svg;
  }

  /** Message text with its web addresses marked up to look like links; none of them can be opened. */
  function messageText(text) {
    var node = el('p', 'hsc-text');
    var pattern = /https?:\/\/[^\s]+?(?=[.,;:!?)]*(?:\s|$))/g;
    var last = 0;
    var match;
    while ((match = pattern.exec(text)) !== null) {
      node.appendChild(document.createTextNode(text.slice(last, match.index)));
      node.appendChild(el('span', 'hsc-fake-link', match[0]));
      last = match.index + match[0].length;
    }
    node.appendChild(document.createTextNode(text.slice(last)));
    return node;
  }

  /**
   * Plain text where each line is a paragraph and lines starting with "• " or "- " form a list,
   * so authors get readable explanations without writing HTML.
   */
  function richText(text, className) {
    var box = el('div', className);
    var list = null;
    text.split(/\n+/).forEach(function (line) {
      line = line.replace(/^\s+|\s+$/g, '');
      var bullet = /^[•\-*]\s+/.exec(line);
      if (!line) {
        return;
      }
      if (!bullet) {
        list = null;
        box.appendChild(el('p', null, line));
        return;
      }
      if (!list) {
        var lead = box.lastChild;
        if (lead && /:$/.test(lead.textContent)) {
          lead.className = 'hsc-lead';
        }
        list = box.appendChild(el('ul', 'hsc-list'));
      }
      list.appendChild(el('li', null, line.slice(bullet[0].length)));
    });
    return box;
  }

  /** The explanation and the advice, shown after an answer and again in the review. */
  function explanation(message, l10n) {
    var box = el('div', 'hsc-explain');
    if (message.explanation) {
      box.appendChild(richText(message.explanation, 'hsc-explanation'));
    }
    if (message.advice) {
      var advice = el('div', 'hsc-advice');
      advice.appendChild(el('p', 'hsc-advice-label', l10n.adviceLabel));
      advice.appendChild(richText(message.advice, 'hsc-advice-text'));
      box.appendChild(advice);
    }
    return box;
  }

  function normaliseMessages(list) {
    if (!Array.isArray(list)) {
      return [];
    }
    return list.filter(function (message) {
      return message && plain(message.text);
    }).map(function (message) {
      return {
        channel: CHANNELS.indexOf(message.channel) === -1 ? 'sms' : message.channel,
        sender: plain(message.sender),
        time: plain(message.time),
        context: plain(message.context),
        text: plain(message.text),
        isScam: message.isScam === true,
        explanation: plain(message.explanation),
        advice: plain(message.advice)
      };
    });
  }

  /**
   * A saved state is used only if it fits this content exactly; anything else (the content was
   * edited, the data is damaged) starts the learner afresh rather than showing wrong answers.
   */
  function restoreState(saved, total) {
    var fresh = {index: 0, answers: []};
    for (var i = 0; i < total; i++) {
      fresh.answers.push(null);
    }
    if (typeof saved === 'string') {
      try {
        saved = JSON.parse(saved);
      }
      catch (error) {
        return fresh;
      }
    }
    if (!saved || typeof saved !== 'object' || !Array.isArray(saved.answers) || saved.answers.length !== total) {
      return fresh;
    }
    var answers = [];
    for (var j = 0; j < total; j++) {
      var answer = saved.answers[j];
      if (answer !== SCAM && answer !== GENUINE && answer !== null) {
        return fresh;
      }
      answers.push(answer);
    }
    var firstOpen = answers.indexOf(null);
    if (firstOpen === -1) {
      firstOpen = total;
    }
    var index = typeof saved.index === 'number' && Math.floor(saved.index) === saved.index ? saved.index : firstOpen;
    // Never skip past a message that still needs an answer.
    return {index: Math.max(0, Math.min(index, firstOpen)), answers: answers};
  }

  /**
   * @param {object} params Content parameters (see semantics.json).
   * @param {number|string} contentId
   * @param {object} [extras] H5P extras; previousState resumes a saved attempt.
   */
  function ScamCheck(params, contentId, extras) {
    EventDispatcher.call(this);
    params = params || {};
    extras = extras || {};

    var l10n = $.extend({}, DEFAULT_L10N);
    $.each(params.l10n || {}, function (key, value) {
      if (DEFAULT_L10N.hasOwnProperty(key) && plain(value)) {
        l10n[key] = plain(value);
      }
    });

    var pass = Number(params.passPercentage);
    this.contentId = contentId;
    this.extras = extras;
    this.l10n = l10n;
    this.intro = plain(params.intro);
    this.closingTip = plain(params.closingTip);
    this.messages = normaliseMessages(params.messages);
    this.passPercentage = isFinite(pass) && params.passPercentage !== '' && params.passPercentage !== null ?
      Math.max(0, Math.min(100, pass)) : 80;
    this.enableRetry = !(params.behaviour && params.behaviour.enableRetry === false);
    this.uid = 'h5p-scam-check-' + (++instances);

    var state = restoreState(extras.previousState, this.messages.length);
    this.index = state.index;
    this.answers = state.answers;
  }

  ScamCheck.prototype = Object.create(EventDispatcher.prototype);
  ScamCheck.prototype.constructor = ScamCheck;

  ScamCheck.prototype.attach = function ($container) {
    var container = $container.get(0);
    container.textContent = '';
    this.root = el('div', 'h5p-scam-check');
    container.appendChild(this.root);
    this.render(false);
    if (!this.isFinished()) {
      this.setActivityStarted();
    }
  };

  ScamCheck.prototype.isFinished = function () {
    return this.messages.length > 0 && this.index >= this.messages.length;
  };

  ScamCheck.prototype.allAnswered = function () {
    return this.answers.indexOf(null) === -1;
  };

  ScamCheck.prototype.isCorrect = function (position) {
    var answer = this.answers[position];
    return answer !== null && (answer === SCAM) === this.messages[position].isScam;
  };

  ScamCheck.prototype.getScore = function () {
    var score = 0;
    for (var i = 0; i < this.messages.length; i++) {
      if (this.isCorrect(i)) {
        score++;
      }
    }
    return score;
  };

  ScamCheck.prototype.getMaxScore = function () {
    return this.messages.length;
  };

  ScamCheck.prototype.isPassed = function () {
    var max = this.getMaxScore();
    return max > 0 && this.getScore() / max * 100 >= this.passPercentage;
  };

  ScamCheck.prototype.getAnswerGiven = function () {
    return this.answers.indexOf(SCAM) !== -1 || this.answers.indexOf(GENUINE) !== -1;
  };

  ScamCheck.prototype.getTitle = function () {
    var title = this.extras.metadata && this.extras.metadata.title;
    return H5P.createTitle(title || this.l10n.questionMessage);
  };

  /** @returns {{index: number, answers: Array<('scam'|'genuine'|null)>}} */
  ScamCheck.prototype.getCurrentState = function () {
    return {index: this.index, answers: this.answers.slice()};
  };

  /** Starts over from the first message; "Làm lại" does this too. */
  ScamCheck.prototype.resetTask = function () {
    this.index = 0;
    this.answers = this.answers.map(function () {
      return null;
    });
    this.activityStartTime = undefined;
    if (this.root) {
      this.render(false);
      this.setActivityStarted();
    }
  };

  ScamCheck.prototype.getXAPIData = function () {
    return {statement: this.createAnsweredEvent().data.statement};
  };

  /** The whole activity as one xAPI interaction: the response lists every choice in order. */
  ScamCheck.prototype.createAnsweredEvent = function () {
    var event = this.createXAPIEventTemplate('answered');
    var statement = event.data.statement;
    statement.object = statement.object || {};
    var definition = statement.object.definition = statement.object.definition || {};
    if (!definition.name) {
      definition.name = {'en-US': this.getTitle()};
    }
    definition.description = {'en-US': this.l10n.questionMessage};
    definition.type = 'http://adlnet.gov/expapi/activities/cmi.interaction';
    definition.interactionType = 'other';
    definition.correctResponsesPattern = [this.messages.map(function (message) {
      return message.isScam ? SCAM : GENUINE;
    }).join('[,]')];
    event.setScoredResult(this.getScore(), this.getMaxScore(), this, this.allAnswered(), this.isPassed());
    statement.result.response = this.answers.map(function (answer) {
      return answer || '';
    }).join('[,]');
    return event;
  };

  ScamCheck.prototype.answer = function (choice) {
    var position = this.index;
    if (this.isFinished() || this.answers[position] !== null) {
      return;
    }
    this.answers[position] = choice;
    this.showFeedback(position);

    var interacted = this.createXAPIEventTemplate('interacted');
    interacted.data.statement.result = {response: choice, success: this.isCorrect(position)};
    this.trigger(interacted);

    if (this.allAnswered()) {
      this.trigger(this.createAnsweredEvent());
      this.triggerXAPIScored(this.getScore(), this.getMaxScore(), 'completed', true, this.isPassed());
    }
    this.trigger('resize');
  };

  ScamCheck.prototype.next = function () {
    if (this.answers[this.index] === null) {
      return;
    }
    this.index++;
    this.render(true);
  };

  ScamCheck.prototype.render = function (moveFocus) {
    this.root.textContent = '';
    var screen = this.isFinished() ? this.resultScreen() : this.messageScreen();
    this.root.appendChild(screen);
    if (moveFocus) {
      screen.querySelector('.hsc-heading').focus();
    }
    this.trigger('resize');
  };

  ScamCheck.prototype.messageScreen = function () {
    var self = this;
    var l10n = this.l10n;
    var total = this.messages.length;
    var section = el('section', 'hsc-screen');
    if (!total) {
      return section;
    }
    var message = this.messages[this.index];
    var headingId = this.uid + '-heading';
    var questionId = this.uid + '-question';
    section.setAttribute('aria-labelledby', headingId);

    // Said once: on later messages the learner already knows, and a phone screen is short.
    if (this.intro && this.index === 0) {
      section.appendChild(el('p', 'hsc-intro', this.intro));
    }

    var top = el('div', 'hsc-top');
    var heading = el('h2', 'hsc-heading', fill(l10n.progress, {current: this.index + 1, total: total}));
    heading.id = headingId;
    heading.tabIndex = -1;
    top.appendChild(heading);
    var steps = el('ol', 'hsc-steps');
    steps.setAttribute('aria-hidden', 'true');
    for (var i = 0; i < total; i++) {
      steps.appendChild(el('li', i < this.index ? 'is-done' : (i === this.index ? 'is-current' : '')));
    }
    top.appendChild(steps);
    section.appendChild(top);

    if (message.context) {
      var context = el('p', 'hsc-context');
      context.appendChild(el('strong', null, l10n.contextLabel));
      context.appendChild(document.createTextNode(' ' + message.context));
      section.appendChild(context);
    }

    var isCall = message.channel === 'call';
    var card = el('div', 'hsc-card hsc-card--' + message.channel);
    var header = el('p', 'hsc-card-header');
    var channel = el('span', 'hsc-channel');
    channel.appendChild(icon(isCall ? 'phone' : 'bubble'));
    channel.appendChild(el('span', null, l10n[{sms: 'channelSms', zalo: 'channelZalo', call: 'channelCall'}[message.channel]]));
    header.appendChild(channel);
    if (message.time) {
      header.appendChild(el('span', 'hsc-time', message.time));
    }
    card.appendChild(header);
    if (message.sender) {
      card.appendChild(el('p', 'hsc-sender', message.sender));
    }
    var bubble = el('div', 'hsc-bubble');
    if (isCall) {
      bubble.appendChild(el('p', 'hsc-caller-says', l10n.callerSays));
    }
    bubble.appendChild(messageText(message.text));
    card.appendChild(bubble);
    section.appendChild(card);

    var question = el('p', 'hsc-question', isCall ? l10n.questionCall : l10n.questionMessage);
    question.id = questionId;
    section.appendChild(question);

    var choices = el('div', 'hsc-choices');
    choices.setAttribute('role', 'group');
    choices.setAttribute('aria-labelledby', questionId);
    [[SCAM, 'warning', l10n.scamButton], [GENUINE, 'check', l10n.genuineButton]].forEach(function (spec) {
      var button = el('button', 'hsc-choice hsc-choice--' + spec[0]);
      button.type = 'button';
      button.setAttribute('data-choice', spec[0]);
      button.appendChild(icon(spec[1]));
      button.appendChild(el('span', null, spec[2]));
      button.addEventListener('click', function () {
        self.answer(spec[0]);
      });
      choices.appendChild(button);
    });
    section.appendChild(choices);

    // Present (empty) before any answer so screen readers announce what is put into it.
    var feedback = el('div', 'hsc-feedback');
    feedback.setAttribute('aria-live', 'polite');
    section.appendChild(feedback);
    section.appendChild(el('div', 'hsc-actions'));

    this.screen = section;
    if (this.answers[this.index] !== null) {
      this.showFeedback(this.index);
    }
    return section;
  };

  /**
   * Marks the choice, explains the message and offers the way on. The answer buttons only become
   * aria-disabled, so keyboard focus stays where it was while the live region is read out.
   */
  ScamCheck.prototype.showFeedback = function (position) {
    var self = this;
    var l10n = this.l10n;
    var message = this.messages[position];
    var choice = this.answers[position];
    var correct = this.isCorrect(position);
    var truth = message.isScam ? SCAM : GENUINE;
    var section = this.screen;

    section.querySelectorAll('.hsc-choice').forEach(function (button) {
      var value = button.getAttribute('data-choice');
      button.setAttribute('aria-disabled', 'true');
      button.classList.toggle('is-chosen', value === choice);
      button.classList.toggle('is-truth', value === truth);
    });

    var feedback = section.querySelector('.hsc-feedback');
    feedback.textContent = '';
    feedback.className = 'hsc-feedback is-shown ' + (message.isScam ? 'is-scam' : 'is-genuine');
    var verdict = el('p', 'hsc-verdict ' + (correct ? 'is-correct' : 'is-incorrect'));
    verdict.appendChild(icon(correct ? 'check' : 'cross', 'hsc-verdict-icon'));
    var words = el('span');
    words.appendChild(el('strong', null, correct ? l10n.correct : l10n.incorrect));
    words.appendChild(document.createTextNode(' ' + (message.isScam ? l10n.verdictScam : l10n.verdictGenuine)));
    verdict.appendChild(words);
    feedback.appendChild(verdict);
    if (message.explanation || message.advice) {
      feedback.appendChild(explanation(message, l10n));
    }

    var actions = section.querySelector('.hsc-actions');
    actions.textContent = '';
    var last = position === this.messages.length - 1;
    var next = el('button', 'hsc-button hsc-next', last ? l10n.showResult : l10n.next);
    next.type = 'button';
    next.addEventListener('click', function () {
      self.next();
    });
    actions.appendChild(next);
  };

  ScamCheck.prototype.resultScreen = function () {
    var self = this;
    var l10n = this.l10n;
    var score = this.getScore();
    var total = this.getMaxScore();
    var passed = this.isPassed();
    var section = el('section', 'hsc-screen hsc-result');
    var headingId = this.uid + '-heading';
    section.setAttribute('aria-labelledby', headingId);

    var heading = el('h2', 'hsc-heading', l10n.resultTitle);
    heading.id = headingId;
    heading.tabIndex = -1;
    section.appendChild(heading);

    var summary = el('div', 'hsc-summary ' + (passed ? 'is-passed' : 'is-failed'));
    var big = el('p', 'hsc-score', score + '/' + total);
    big.setAttribute('aria-hidden', 'true');
    summary.appendChild(big);
    summary.appendChild(el('p', 'hsc-score-text', fill(l10n.resultScore, {score: score, total: total})));
    summary.appendChild(el('p', 'hsc-pass', passed ? l10n.passed : l10n.failed));
    section.appendChild(summary);

    if (this.closingTip) {
      section.appendChild(el('p', 'hsc-closing', this.closingTip));
    }

    section.appendChild(el('h3', 'hsc-review-title', l10n.reviewTitle));
    var list = el('ol', 'hsc-review');
    // Each line opens (native <details>, no script) to read the message and its explanation again.
    this.messages.forEach(function (message, position) {
      var correct = self.isCorrect(position);
      var item = el('li', correct ? 'is-correct' : 'is-incorrect');
      var details = el('details');
      var summary = el('summary');
      summary.appendChild(icon(correct ? 'check' : 'cross', 'hsc-review-icon'));
      var body = el('span', 'hsc-review-body');
      body.appendChild(el('span', 'hsc-review-sender', message.sender || l10n.questionMessage));
      body.appendChild(el('span', 'hsc-review-verdict',
        (message.isScam ? l10n.verdictScam : l10n.verdictGenuine) + ' ' +
        (correct ? l10n.reviewCorrect : l10n.reviewIncorrect)));
      summary.appendChild(body);
      summary.appendChild(icon('chevron', 'hsc-chevron'));
      details.appendChild(summary);
      var more = el('div', 'hsc-review-more');
      var quoted = el('div', 'hsc-bubble');
      quoted.appendChild(messageText(message.text));
      more.appendChild(quoted);
      more.appendChild(explanation(message, l10n));
      details.appendChild(more);
      details.addEventListener('toggle', function () {
        self.trigger('resize');
      });
      item.appendChild(details);
      list.appendChild(item);
    });
    section.appendChild(list);

    if (this.enableRetry) {
      var retry = el('button', 'hsc-button hsc-retry', l10n.retry);
      retry.type = 'button';
      retry.addEventListener('click', function () {
        self.resetTask();
        self.root.querySelector('.hsc-heading').focus();
      });
      section.appendChild(retry);
    }
    return section;
  };

  window.HocSo = window.HocSo || {};
  window.HocSo.ScamCheck = ScamCheck;
})(window, document);
