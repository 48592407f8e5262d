// What the boards' tests share.

/** Twenty classic tricks; board-routes.test.ts posts them through the real routes too. */
export const XSS_TRICKS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  'javascript:alert(1)',
  '[click](javascript:alert(1))',
  '<a href="javascript:alert(1)">x</a>',
  '<iframe src="https://evil.example"></iframe>',
  '<body onload=alert(1)>',
  '<div style="background:url(javascript:alert(1))">',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  'https://example.org/"onmouseover="alert(1)',
  "https://example.org/'onmouseover='alert(1)",
  'https://example.org/<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  '<object data="javascript:alert(1)">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '- <b onclick=alert(1)>list</b>\n- https://user:pass@evil.example/',
];
