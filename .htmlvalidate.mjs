export default {
  extends: ['html-validate:recommended'],
  rules: {
    // KaTeX positions every glyph with a style attribute; that markup is KaTeX's, and its CSS expects it.
    'no-inline-style': 'off',
    // Astro prints some void elements as <meta> and others as <meta />; both are valid HTML.
    'void-style': 'off',
  },
};
