// Entry of the dashboard bundle (components/index.html loads it).
import './flowline-app';
