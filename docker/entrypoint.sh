#!/bin/sh
# Starts WildFly as the container's main process. With LAUNCH_JBOSS_IN_BACKGROUND=true,
# standalone.sh passes SIGTERM on to Java, so `docker stop` shuts the server down cleanly.
#
# PAINWISE_NODE_NAME names the node (transaction node id and Undertow instance id); it must be
# unique per node on a shared database and at most 23 bytes. It defaults to the container's
# host name. Extra arguments go to standalone.sh, for example -Dpainwise.some.property=value.
set -e
node="${PAINWISE_NODE_NAME:-${HOSTNAME:-painwise}}"
exec "$JBOSS_HOME/bin/standalone.sh" \
  -b "${PAINWISE_BIND_ADDRESS:-0.0.0.0}" \
  -Djboss.node.name="$node" \
  -Djboss.tx.node.id="$node" \
  "$@"
