// The page as served and every change to it after, recorded from before any
// script runs, for the specs that check hydration (hydration.spec.mjs and the
// example essay's smoke suite): `hydration.served()` and `hydration.now()` are
// the page as lines, `hydration.changedByFirstWrite()` the attributes that
// hydration's first write changed.

/** Records the page as served, then every change to it, from before any script runs. */
export async function watch(page) {
  await page.addInitScript(() => {
    // The page as a list of lines: elements with their attributes in order,
    // and the text between them (Yew's comment markers and the way text is
    // split into nodes are not part of what a reader gets).
    const snapshot = (root) => {
      const lines = [];
      const walk = (node, depth) => {
        let text = "";
        const flush = () => {
          if (text) lines.push(`${"  ".repeat(depth)}${JSON.stringify(text)}`);
          text = "";
        };
        for (const child of node.childNodes) {
          if (child.nodeType === Node.TEXT_NODE) {
            text += child.nodeValue;
          } else if (child.nodeType === Node.ELEMENT_NODE) {
            flush();
            const attributes = [...child.attributes].map((a) => ` ${a.name}="${a.value}"`).sort().join("");
            lines.push(`${"  ".repeat(depth)}<${child.localName}${attributes}>`);
            walk(child, depth + 1);
          }
        }
        flush();
      };
      walk(root, 0);
      return lines;
    };
    const describe = (element) => `<${element.localName}${element.id ? ` id="${element.id}"` : ""} class="${element.className?.baseVal ?? element.className}">`;
    const watched = { served: null, records: [], known: new WeakSet() };
    window.hydration = {
      served: () => watched.served,
      now: () => snapshot(document.getElementById("app")),
      // Attributes whose first write after the page was served changed them.
      changedByFirstWrite: () => {
        const writes = new Map();
        for (const record of watched.records) {
          if (record.type !== "attributes" || !watched.known.has(record.target)) continue;
          const byName = writes.get(record.target) ?? new Map();
          writes.set(record.target, byName);
          byName.set(record.attributeName, [...(byName.get(record.attributeName) ?? []), record.oldValue]);
        }
        const changed = [];
        for (const [element, byName] of writes) {
          for (const [name, olds] of byName) {
            const after = olds.length > 1 ? olds[1] : element.getAttribute(name);
            if (olds[0] !== after && olds[0] !== null && after !== null) {
              changed.push(`${describe(element)} ${name}: ${JSON.stringify(olds[0])} → ${JSON.stringify(after)}`);
            }
          }
        }
        return changed;
      },
    };
    document.addEventListener("readystatechange", () => {
      if (document.readyState !== "interactive") return;
      // Parsed, and no script has run yet: module scripts run after this.
      const root = document.getElementById("app");
      watched.served = snapshot(root);
      root.querySelectorAll("*").forEach((element) => watched.known.add(element));
      new MutationObserver((records) => watched.records.push(...records)).observe(root, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeOldValue: true,
        characterData: true,
        characterDataOldValue: true,
      });
    });
  });
}
