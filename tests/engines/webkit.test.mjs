// The reader's core path in WebKit, the engine of Safari (WebKitGTK's MiniBrowser).
import { suite } from "./suite.mjs";

suite("webkit");
