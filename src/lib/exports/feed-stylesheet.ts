/**
 * The XSL stylesheet that shows a feed as a page when it is opened in a
 * browser: what the feed is, its address to copy into a reader, the page it
 * follows, and its entries, each a link. One per language, in the feed's own
 * words; no script, and nothing from another origin.
 */
import { t } from '../i18n/ui';
import { HTML_LANG, type Locale } from '../model/vocabulary';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * `css` is the path (with the base) of the stylesheet the page uses, the same
 * the raw feed falls back to; `icon`, the site's icon, so the browser asks for
 * no other.
 */
export function feedStylesheet(locale: Locale, css: string, icon: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom" exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat"/>
  <xsl:template match="/atom:feed">
    <html lang="${HTML_LANG[locale]}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="atom:title"/></title>
        <link rel="stylesheet" href="${escape(css)}"/>
        <link rel="icon" href="${escape(icon)}" type="image/svg+xml"/>
      </head>
      <body class="feed-page">
        <main>
          <p class="feed-page__kind">Atom</p>
          <h1><xsl:value-of select="atom:title"/></h1>
          <p class="feed-page__subtitle"><xsl:value-of select="atom:subtitle"/></p>
          <div class="feed-page__how">
            <p>${escape(t(locale, 'feedPageIntro'))}</p>
            <p><strong>${escape(t(locale, 'feedPageAddress'))}</strong>${escape(t(locale, 'colon'))}<code data-feed-address=""><xsl:value-of select="atom:link[@rel='self']/@href"/></code></p>
            <p><a href="{atom:link[@rel='alternate']/@href}" data-feed-page="">${escape(t(locale, 'feedPageBack'))}</a></p>
          </div>
          <ol class="feed-page__entries">
            <xsl:for-each select="atom:entry">
              <li data-feed-entry="">
                <h2><a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a></h2>
                <p class="feed-page__date"><time datetime="{atom:updated}"><xsl:value-of select="substring(atom:updated, 1, 10)"/></time></p>
                <p><xsl:value-of select="atom:summary"/></p>
              </li>
            </xsl:for-each>
          </ol>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
`;
}
