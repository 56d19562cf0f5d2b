// The page: sign in with the access code, then Web Chat on the official's own Direct Line conversation.
// The server gives a token bound to the official; the Direct Line secret never reaches the browser.
(function () {
  'use strict';

  var $ = function (id) { return document.getElementById(id); };

  // The response's CSP nonce: Web Chat puts it on the <style> elements it injects (the policy allows no other inline style).
  var nonce = document.currentScript ? document.currentScript.nonce : undefined;

  // Web Chat 4.18.1 does not pass its nonce on to react-scroll-to-bottom (its transcript creates that Composer without
  // it), whose <style> would then be blocked and the transcript would not scroll. Styles that scripts add to <head>
  // without a nonce get the page's; markup injected into the page still cannot add a style (WebChatCspTests).
  if (nonce) {
    ['appendChild', 'insertBefore'].forEach(function (name) {
      var original = document.head[name];
      document.head[name] = function (node) {
        if (node instanceof HTMLStyleElement && !node.nonce) {
          node.nonce = nonce;
        }
        return original.apply(this, arguments);
      };
    });
  }

  // ?transport=polling uses REST polling instead of the WebSocket (networks that block WebSockets, and tests).
  var usePolling = new URLSearchParams(location.search).get('transport') === 'polling';

  // Always reads the whole answer (an unread body shows up as an aborted request), JSON or nothing.
  async function api(method, path, body) {
    var response = await fetch(path, {
      method: method,
      credentials: 'same-origin',
      headers: body ? { 'Content-Type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined
    });
    var text = await response.text();
    var json = null;
    try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
    return { ok: response.ok, status: response.status, body: json };
  }

  function formatTime(iso) {
    return new Date(iso).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' });
  }

  async function showSignIn() {
    $('chat').hidden = true;
    $('sign-in').hidden = false;
    $('account').focus();
    var response = await api('GET', '/api/session/demo-accounts');
    if (!response.ok) {
      return;
    }

    var accounts = response.body || [];
    var list = $('demo-account-list');
    list.textContent = '';
    accounts.forEach(function (demo) {
      var item = document.createElement('li');
      var button = document.createElement('button');
      button.type = 'button';
      var account = document.createElement('span');
      account.className = 'account';
      account.textContent = demo.account;
      button.append(account, ' – ' + demo.fullName + (demo.unitName ? ' (' + demo.unitName + ')' : ''));
      button.addEventListener('click', function () {
        $('account').value = demo.account;
        $('access-code').value = 'demo';
        $('access-code').focus();
      });
      item.append(button);
      list.append(item);
    });
    $('demo-accounts').hidden = accounts.length === 0;
  }

  async function signIn(event) {
    event.preventDefault();
    var error = $('sign-in-error');
    var button = $('sign-in-button');
    error.hidden = true;
    var account = $('account').value.trim();
    var accessCode = $('access-code').value;
    if (!account || !accessCode) {
      error.textContent = 'Vui lòng nhập tài khoản và mã truy cập.';
      error.hidden = false;
      return;
    }

    button.disabled = true;
    try {
      var response = await api('POST', '/api/session', { account: account, accessCode: accessCode });
      var body = response.body || {};
      if (response.ok) {
        $('access-code').value = '';
        await showChat(body);
        return;
      }

      if (body.error === 'locked') {
        error.textContent = 'Đã nhập sai quá nhiều lần. Vui lòng thử lại sau ' + (body.lockedUntil ? formatTime(body.lockedUntil) : 'ít phút') + '.';
      } else if (body.error === 'wrong') {
        error.textContent = 'Tài khoản hoặc mã truy cập không đúng. Còn ' + body.remainingTries + ' lần thử.';
      } else {
        error.textContent = 'Vui lòng nhập tài khoản và mã truy cập.';
      }
      error.hidden = false;
    } catch (e) {
      error.textContent = 'Không kết nối được máy chủ. Vui lòng thử lại.';
      error.hidden = false;
    } finally {
      button.disabled = false;
    }
  }

  async function showChat(session) {
    $('sign-in').hidden = true;
    $('chat').hidden = false;
    $('official-name').textContent = session.fullName;
    $('official-unit').textContent = [session.title, session.unitName].filter(Boolean).join(' – ');

    var response = await api('POST', '/api/session/chat');
    if (!response.ok) {
      await showSignIn();
      return;
    }

    var chat = response.body;
    // conversationId: coming back continues the official's conversation; the server replays its history.
    var directLine = window.WebChat.createDirectLine({
      domain: location.origin + '/v3/directline',
      token: chat.token,
      conversationId: chat.conversationId,
      webSocket: !usePolling
    });
    window.WebChat.renderWebChat({
      directLine: directLine,
      nonce: nonce,
      username: chat.userName,
      locale: 'vi-VN',
      styleOptions: {
        hideUploadButton: true,
        botAvatarInitials: 'SK',
        bubbleBorderRadius: 10,
        bubbleFromUserBorderRadius: 10,
        bubbleFromUserBackground: '#fde8e8',
        accent: '#a61b1b',
        suggestedActionLayout: 'flow'
      }
    }, $('webchat'));
    var input = $('webchat').querySelector('input, textarea');
    if (input) {
      input.focus();
    }
  }

  async function signOut() {
    await api('POST', '/api/session/sign-out');
    location.reload();
  }

  async function start() {
    $('sign-in-form').addEventListener('submit', signIn);
    $('sign-out').addEventListener('click', signOut);
    try {
      var response = await api('GET', '/api/session');
      if (response.ok && response.body) {
        await showChat(response.body);
      } else {
        await showSignIn();
      }
    } catch (e) {
      $('load-error').hidden = false;
    }
  }

  start();
})();
