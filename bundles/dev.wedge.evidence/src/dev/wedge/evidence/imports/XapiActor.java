package dev.wedge.evidence.imports;

import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Who an xAPI statement is about, as a salted subject key: from the actor's mbox, mbox_sha1sum, openid or account
 * (the inverse functional identifiers of the specification), never kept in the clear. A group is not one person and
 * gets no key.
 */
final class XapiActor {

  private XapiActor() {
  }

  /** Whether {@code actor} is a group. */
  static boolean isGroup(JsonNode actor) {
    return actor.isObject() && "Group".equals(XapiJson.text(actor.path("objectType")));
  }

  /** The subject key of {@code actor}, or null (no actor, a group, no identifier, or no keys can be made). */
  static String subject(JsonNode actor, Supplier<SubjectKeys> keys) {
    if (!actor.isObject()) {
      return null;
    }
    if (isGroup(actor)) {
      return null; // a group is not a person: no subject
    }
    String mbox = XapiJson.text(actor.path("mbox"));
    String sha1 = XapiJson.text(actor.path("mbox_sha1sum"));
    String openid = XapiJson.text(actor.path("openid"));
    JsonNode account = actor.path("account");
    if (mbox == null && sha1 == null && openid == null && !account.isObject()) {
      return null;
    }
    SubjectKeys k = keys.get();
    if (k == null) {
      return null;
    }
    if (mbox != null) {
      return k.ofEmail(mbox);
    }
    if (sha1 != null) {
      return k.ofMboxSha1(sha1);
    }
    if (openid != null) {
      return k.ofOpenId(openid);
    }
    String home = XapiJson.text(account.path("homePage"));
    String name = XapiJson.text(account.path("name"));
    return home == null || name == null ? null : k.ofAccount(home, name);
  }
}
