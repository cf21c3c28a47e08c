import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-6WD6DT42.js";
import "./chunk-2H5IMU5K.js";
import "./chunk-2OMR3V4T.js";
import "./chunk-GGVKC2N6.js";
import "./chunk-HXW7BB3Q.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-24VQTDZU.js";
import "./chunk-MMFUQT5B.js";
import "./chunk-WWBY6WQZ.js";
import "./chunk-QKVTCCTI.js";
import "./chunk-6SD6AWVM.js";
import "./chunk-UOA6RXNU.js";
import "./chunk-OF2YFTZV.js";
import "./chunk-62K5C3YY.js";
import "./chunk-7CNRFJWN.js";
import "./chunk-KUZPFJLB.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
