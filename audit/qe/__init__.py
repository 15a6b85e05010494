"""Quality-estimation backends behind one interface: segments in, scores out.

A backend is chosen with ``--qe NAME[:ARG]``; :func:`audit.qe.registry.make_backend` builds it.
"""
