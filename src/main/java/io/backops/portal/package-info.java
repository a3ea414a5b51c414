/**
 * The portal's frame and its application pages: sign-in, the dashboard, the applications list and one application's
 * page with its actions. Other modules keep their own pages (users in identity, flows in review, settings...).
 */
package io.backops.portal;
